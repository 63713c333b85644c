package io.vitrine.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whole local days, {@code from} to {@code to} inclusive, on the brand's clock. Counts and revenue use the
 * same bounds: from the start of {@code from} to the start of the day after {@code to}.
 */
public record InsightsPeriod(LocalDate from, LocalDate to) {
    public InsightsPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static InsightsPeriod lastDays(int days, LocalDate today) {
        return new InsightsPeriod(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one, for "change vs previous period". */
    public InsightsPeriod previous() {
        return new InsightsPeriod(from.minusDays(days()), from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
