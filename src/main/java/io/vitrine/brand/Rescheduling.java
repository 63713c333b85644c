package io.vitrine.brand;

import io.vitrine.common.VitrineException;
import java.time.Instant;
import java.util.Locale;

/** The one rule for giving a post or a poll a new time: only before it goes out, and never in the past. */
public final class Rescheduling {
    private Rescheduling() {
    }

    /** Throws, saying why, when a {@code what} ("post", "poll") in {@code status} cannot move to {@code at}. */
    public static void check(String what, PublishState status, Instant at, Instant now) {
        if (!status.beforePublication()) {
            throw new VitrineException("This " + what + " is already " + status.label().toLowerCase(Locale.ROOT)
                    + " and cannot be moved.", "Only drafts and scheduled items can be rescheduled.");
        }
        if (at.isBefore(now)) {
            throw new VitrineException("The new time " + at + " is in the past.", "Drop the " + what + " on a time from now on.");
        }
    }
}
