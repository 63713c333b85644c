package io.vitrine.insights;

/**
 * A pin on a post's photo with the product clicks its item drew from that post; {@code heat} is the share
 * of the post's busiest pin (0–1). A product pinned twice on one post shares its clicks: the platform
 * reports which item was clicked, not which pin.
 */
public record PinHeat(long tagId, int imagePosition, String itemId, String title, double x, double y, long clicks,
                      double heat) {
}
