package io.vitrine.insights;

import java.util.Map;

/** A post with its engagement in a scope, for "what worked" lists. */
public record TopPost(long postId, String caption, String status, Map<EventType, Long> events, long revenueMicros) {

    public long count(EventType type) {
        return events.getOrDefault(type, 0L);
    }

    /** Product clicks per impression; 0 without impressions. */
    public double clickThroughRate() {
        long impressions = count(EventType.IMPRESSION);
        return impressions == 0 ? 0 : (double) count(EventType.PRODUCT_CLICK) / impressions;
    }
}
