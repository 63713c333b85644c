package io.vitrine.post;

import java.util.Locale;

/** Where a post is in its life, as stored in {@code post.status} (V1 meanings). */
public enum PostStatus {
    /** Being composed; never published. */
    DRAFT("Draft"),
    /** Ready: the sync engine publishes it at {@code scheduled_at} (UTC). */
    SCHEDULED("Scheduled"),
    /** Handed to the sync engine, on its way to the platform. */
    QUEUED("Publishing"),
    PUBLISHED("Published"),
    /** The platform refused it or publishing failed; {@code sync_error} says why. */
    FAILED("Failed"),
    ARCHIVED("Archived");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static PostStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** A person may change it in the composer (queued posts are in flight; archived ones are kept as they were). */
    public boolean editable() {
        return this != QUEUED && this != ARCHIVED;
    }

    /** It may be given a (new) publication time. */
    public boolean schedulable() {
        return this == DRAFT || this == SCHEDULED || this == FAILED;
    }
}
