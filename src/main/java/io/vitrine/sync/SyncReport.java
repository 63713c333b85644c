package io.vitrine.sync;

import java.util.List;

/**
 * What one sync round did; the CLI prints it as
 * {@code {"pushed":N,"pulled":N,"duplicates_ignored":N,"conflicts":N,"errors":[...]}}.
 *
 * @param pulled            new events stored
 * @param duplicatesIgnored events delivered again that were already stored
 */
public record SyncReport(int pushed, int pulled, int duplicatesIgnored, int conflicts, List<String> errors) {
    public static final SyncReport EMPTY = new SyncReport(0, 0, 0, 0, List.of());

    public SyncReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public SyncReport plus(SyncReport other) {
        List<String> all = new java.util.ArrayList<>(errors);
        all.addAll(other.errors);
        return new SyncReport(pushed + other.pushed, pulled + other.pulled, duplicatesIgnored + other.duplicatesIgnored,
                conflicts + other.conflicts, all);
    }
}
