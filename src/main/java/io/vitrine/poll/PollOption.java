package io.vitrine.poll;

/**
 * One choice in a poll: a catalog item (or variant) — {@code itemId} set — or a custom design shown by
 * its picture ({@code imageSha256}) and label. Positions are 0..3 in the order the platform shows them.
 */
public record PollOption(int position, String label, String itemId, String imageSha256) {

    public boolean isCatalogItem() {
        return itemId != null;
    }

    /** "A", "B", "C", "D": how the results talk about options. */
    public String letter() {
        return letter(position);
    }

    public static String letter(int position) {
        return String.valueOf((char) ('A' + position));
    }
}
