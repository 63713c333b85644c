package io.vitrine.calendar;

import java.time.Instant;

/**
 * A post or poll on the calendar, at its scheduled time (or publication time once out).
 *
 * @param movable drafts and scheduled items can be dragged to another time; published ones cannot
 */
public record CalendarEntry(Kind kind, long id, long brandId, String title, Instant at, String status, Long campaignId,
                            String coverSha256, boolean movable) {

    public enum Kind { POST, POLL }

    /** The same minute on the same brand profile: followers would get both at once. */
    public boolean clashesWith(CalendarEntry other) {
        return kind == Kind.POST && other.kind == Kind.POST && id != other.id && brandId == other.brandId
                && minute().equals(other.minute());
    }

    String minute() {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }
}
