package io.vitrine.insights;

/**
 * The headline numbers of a filter, and the same numbers for the period of the same length just before
 * it ({@code previous} and {@code previousPeriod} are null for all time). {@code period} is the filter's
 * period, or for all time the first to the last day with events (null when there are none).
 */
public record Summary(InsightsPeriod period, Totals totals, InsightsPeriod previousPeriod, Totals previous, String timeZone) {

    /** Relative change of a count against the previous period (0.25 = +25%); null without a previous value. */
    public Double change(EventType type) {
        return change(totals.count(type), previous == null ? null : previous.count(type));
    }

    /** Relative change of click-through; null when either period has none. */
    public Double clickThroughChange() {
        Double now = totals.clickThrough();
        Double before = previous == null ? null : previous.clickThrough();
        return now == null || before == null || before == 0 ? null : (now - before) / before;
    }

    /** Relative change of revenue in one currency. */
    public Double revenueChange(String currency) {
        return change(Money.micros(totals.revenue(), currency), previous == null ? null : Money.micros(previous.revenue(), currency));
    }

    static Double change(long now, Long before) {
        return before == null || before == 0 ? null : (double) (now - before) / before;
    }
}
