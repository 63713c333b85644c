package io.vitrine.insights;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Bounds for comparing stored event times ({@code occurred_at}, ISO text with a fraction of a second only when
 * it has one) as text: written with nine zero decimals, a bound sorts after every event of the second before
 * and before every event at or after it, whatever the events' precision ("…00Z", "…00.5Z", "…00.000001Z").
 */
public final class EventTimes {
    private static final DateTimeFormatter BOUND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'.000000000Z'")
            .withZone(ZoneOffset.UTC);

    private EventTimes() {
    }

    /** A whole-second instant as a bound for {@code occurred_at >= ?} and {@code occurred_at < ?}. */
    public static String bound(Instant wholeSecond) {
        return BOUND.format(wholeSecond);
    }

    /** The [first, end) bounds of a period of the brand's days, for a query over the events themselves. */
    public static String[] bounds(InsightsPeriod period, BrandClock clock) {
        return new String[] {bound(clock.dayStart(period.from())), bound(clock.dayStart(period.to().plusDays(1)))};
    }
}
