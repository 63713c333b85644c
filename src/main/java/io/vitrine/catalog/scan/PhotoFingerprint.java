package io.vitrine.catalog.scan;

import java.nio.ByteBuffer;

/**
 * What the photo match compares, computed from a product picture:
 * <ul>
 *   <li>{@code hashes}: perceptual hashes (256-bit DCT hash each) of the whole picture and of its centre
 *       (85%), so a repost, a resize, a re-compression or a crop lands near the original;</li>
 *   <li>{@code colours}: how the product's pixels (the picture less its background) spread over
 *       {@value PhotoHasher#COLOUR_BINS} hue/saturation/lightness bins, as 0–255 shares;</li>
 *   <li>{@code shape}: the product's silhouette in its bounding box on a 16 × 16 grid (256 bits), and the
 *       box's width over height.</li>
 * </ul>
 * Stored in the workspace as {@link #toBytes()}; {@link #VERSION} changes when the computation does, and
 * fingerprints of another version are computed again.
 */
public record PhotoFingerprint(long[][] hashes, byte[] colours, long[] shape, float aspect) {
    public static final int VERSION = 1;
    static final int HASH_WORDS = 3 * PhotoHasher.LOW * PhotoHasher.LOW / 64;

    /** The fingerprint of a product picture. */
    public static PhotoFingerprint of(java.awt.image.BufferedImage picture) {
        return PhotoHasher.fingerprint(picture);
    }

    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(1 + 1 + hashes.length * HASH_WORDS * 8 + colours.length + 4 * 8 + 4);
        out.put((byte) VERSION).put((byte) hashes.length);
        for (long[] hash : hashes) {
            for (long word : hash) {
                out.putLong(word);
            }
        }
        out.put(colours);
        for (long word : shape) {
            out.putLong(word);
        }
        out.putFloat(aspect);
        return out.array();
    }

    /** The fingerprint stored by {@link #toBytes()}, or null when it is of another version. */
    public static PhotoFingerprint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < 2 || bytes[0] != VERSION) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.get();
        long[][] hashes = new long[in.get()][HASH_WORDS];
        for (long[] hash : hashes) {
            for (int i = 0; i < HASH_WORDS; i++) {
                hash[i] = in.getLong();
            }
        }
        byte[] colours = new byte[PhotoHasher.COLOUR_BINS];
        in.get(colours);
        long[] shape = new long[4];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = in.getLong();
        }
        return new PhotoFingerprint(hashes, colours, shape, in.getFloat());
    }

    static int distance(long[] a, long[] b) {
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            bits += Long.bitCount(a[i] ^ b[i]);
        }
        return bits;
    }

    /** How alike two product pictures look, 0–1: colours (55%) and silhouette (45%). */
    public double looksLike(PhotoFingerprint other) {
        return 0.55 * colourSimilarity(other) + 0.45 * shapeSimilarity(other);
    }

    /** Histogram intersection of the colour shares, 0 (nothing in common) to 1 (the same). */
    double colourSimilarity(PhotoFingerprint other) {
        return colourSimilarity(colours, other.colours);
    }

    static double colourSimilarity(byte[] colours, byte[] others) {
        int common = 0;
        int total = 0;
        for (int i = 0; i < colours.length; i++) {
            int a = colours[i] & 0xFF;
            int b = others[i] & 0xFF;
            common += Math.min(a, b);
            total += Math.max(a, b);
        }
        return total == 0 ? 0 : (double) common / total;
    }

    /** Overlap of the silhouettes (intersection over union), lowered when the boxes' proportions differ. */
    double shapeSimilarity(PhotoFingerprint other) {
        int both = 0;
        int either = 0;
        for (int i = 0; i < shape.length; i++) {
            both += Long.bitCount(shape[i] & other.shape[i]);
            either += Long.bitCount(shape[i] | other.shape[i]);
        }
        double overlap = either == 0 ? 0 : (double) both / either;
        double proportions = Math.min(aspect, other.aspect) / Math.max(aspect, other.aspect);
        return overlap * Math.sqrt(proportions);
    }
}
