package io.vitrine.insights;

import java.util.List;

/**
 * What a set of publications did: every event type, revenue per currency, and the post-only counts
 * click-through is made of (product clicks on posts ÷ post impressions: a poll's impressions show options,
 * not tagged products, so they stay out of the denominator).
 */
public record Totals(EventCounts events, List<Money> revenue, long postImpressions, long postProductClicks) {
    public static final Totals NONE = new Totals(EventCounts.ZERO, List.of(), 0, 0);

    /** Product clicks on posts per post impression; null without post impressions. */
    public Double clickThrough() {
        return postImpressions == 0 ? null : (double) postProductClicks / postImpressions;
    }

    /** Purchases per product click; null without clicks. */
    public Double conversion() {
        long clicks = events.get(EventType.PRODUCT_CLICK);
        return clicks == 0 ? null : (double) events.get(EventType.PURCHASE) / clicks;
    }

    public long count(EventType type) {
        return events.get(type);
    }
}
