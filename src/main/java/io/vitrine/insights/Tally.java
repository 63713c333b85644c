package io.vitrine.insights;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Sums aggregate rows into {@link Totals}, one per key (a post, an item, a segment value, …). */
final class Tally {
    private final long[] counts = new long[EventType.values().length];
    private final Map<String, Long> revenue = new TreeMap<>();
    private long postImpressions;
    private long postClicks;

    /** Adds a row; {@code post} says whether it counts a post (for click-through). */
    void add(InsightsRepository.Row row, boolean post) {
        counts[row.type().ordinal()] += row.events();
        if (row.type() == EventType.PURCHASE) {
            revenue.merge(row.currency(), row.amountMicros(), Long::sum);
        }
        if (post && row.type() == EventType.IMPRESSION) {
            postImpressions += row.events();
        } else if (post && row.type() == EventType.PRODUCT_CLICK) {
            postClicks += row.events();
        }
    }

    Totals totals() {
        return new Totals(EventCounts.of(counts), Money.of(revenue), postImpressions, postClicks);
    }

    /** Folds rows into one tally per key, in first-seen order. */
    static Map<String, Tally> byKey(Iterable<InsightsRepository.Row> rows, Function<InsightsRepository.Row, Boolean> isPost) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (InsightsRepository.Row row : rows) {
            tallies.computeIfAbsent(row.key(), k -> new Tally()).add(row, isPost.apply(row));
        }
        return tallies;
    }
}
