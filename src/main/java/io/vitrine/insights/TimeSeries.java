package io.vitrine.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts per bucket, every bucket of the period present (a day without events is 0, so charts dip instead
 * of drawing across a gap). {@code starts} are the buckets' starts on the brand's clock; {@code counts} has
 * one array per event type and {@code revenue} one per currency (micros), aligned with {@code starts}.
 */
public record TimeSeries(TimeBucket bucket, InsightsPeriod period, List<Instant> starts, Map<EventType, long[]> counts,
                         Map<String, long[]> revenue, List<Line> overlays) {

    /** A named line over the same buckets: one post's or one campaign's count of a metric. */
    public record Line(String label, EventType metric, long[] values) {
    }

    public long[] values(EventType type) {
        return counts.get(type);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(values -> java.util.Arrays.stream(values).allMatch(v -> v == 0));
    }

    public TimeSeries withOverlays(List<Line> lines) {
        return new TimeSeries(bucket, period, starts, counts, revenue, List.copyOf(lines));
    }
}
