package io.vitrine.insights;

/** One value of a segment dimension ("FR", "25-34", "Returning") with its events of every type. */
public record SegmentRow(SegmentDimension dimension, String value, String label, EventCounts events) {

    /** Product clicks per impression in this segment; null without impressions. */
    public Double clickThrough() {
        long impressions = events.get(EventType.IMPRESSION);
        return impressions == 0 ? null : (double) events.get(EventType.PRODUCT_CLICK) / impressions;
    }
}
