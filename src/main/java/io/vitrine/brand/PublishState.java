package io.vitrine.brand;

import java.util.Locale;

/**
 * Where a post or a poll is in its life: one vocabulary for both, stored in {@code post.status} and
 * {@code poll.status} by {@link #code()}, shown by {@link #label()}, the same on every screen.
 */
public enum PublishState {
    /** Being composed; never published. */
    DRAFT("Draft"),
    /** Ready: the sync engine publishes it at {@code scheduled_at} (UTC). */
    SCHEDULED("Scheduled"),
    /** Handed to the sync engine, on its way to the platform. */
    QUEUED("Publishing"),
    PUBLISHED("Published"),
    /** A poll past its duration: no more votes. */
    CLOSED("Closed"),
    /** The platform refused it or publishing failed; {@code sync_error} says why. */
    FAILED("Failed"),
    ARCHIVED("Archived");

    private final String label;

    PublishState(String label) {
        this.label = label;
    }

    /** The value stored in the workspace and used by the CLI: "draft", "scheduled", … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static PublishState fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Not gone out yet: it may be given a (new) time or moved on the calendar, and a poll's question and
     * options may still change (nobody has voted).
     */
    public boolean beforePublication() {
        return this == DRAFT || this == SCHEDULED || this == FAILED;
    }

    /** The audience has seen it (or is seeing it): there may be results. */
    public boolean live() {
        return this == PUBLISHED || this == CLOSED || this == ARCHIVED;
    }
}
