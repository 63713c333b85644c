package io.vitrine.poll;

import java.util.Locale;

/** Where a poll is in its life; the names match the workspace schema and the platform contract. */
public enum PollStatus {
    DRAFT, SCHEDULED, QUEUED, PUBLISHED, CLOSED, FAILED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PollStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Options and question can still change: nobody has voted on it yet. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED || this == FAILED;
    }

    /** The audience has seen it (or is seeing it): there may be results. */
    public boolean live() {
        return this == PUBLISHED || this == CLOSED || this == ARCHIVED;
    }
}
