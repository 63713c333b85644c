package io.vitrine.sync;

import java.util.List;

/**
 * What one sync round did; the CLI prints it as
 * {@code {"pushed":N,"pulled":N,"duplicates_ignored":N,"conflicts":N,"errors":[...],"replies_sent":N,"comments_pulled":N}}.
 *
 * @param pushed            posts and polls the platform took (created or changed)
 * @param pulled            new events stored
 * @param duplicatesIgnored events delivered again that were already stored
 * @param repliesSent       replies written in the studio that reached the platform
 * @param commentsPulled    new comments stored (the audience's and the brand's replies)
 */
public record SyncReport(int pushed, int pulled, int duplicatesIgnored, int conflicts, List<String> errors,
                         int repliesSent, int commentsPulled) {
    public static final SyncReport EMPTY = new SyncReport(0, 0, 0, 0, List.of());

    public SyncReport {
        errors = List.copyOf(errors);
    }

    /** A report without conversations. */
    public SyncReport(int pushed, int pulled, int duplicatesIgnored, int conflicts, List<String> errors) {
        this(pushed, pulled, duplicatesIgnored, conflicts, errors, 0, 0);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public SyncReport plus(SyncReport other) {
        List<String> all = new java.util.ArrayList<>(errors);
        all.addAll(other.errors);
        return new SyncReport(pushed + other.pushed, pulled + other.pulled, duplicatesIgnored + other.duplicatesIgnored,
                conflicts + other.conflicts, all, repliesSent + other.repliesSent, commentsPulled + other.commentsPulled);
    }
}
