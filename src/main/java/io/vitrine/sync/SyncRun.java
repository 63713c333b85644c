package io.vitrine.sync;

import java.time.Instant;
import java.util.List;

/** One finished sync round as recorded in the workspace. */
public record SyncRun(long id, Instant startedAt, Instant finishedAt, int pushed, int pulled, int duplicates,
                      int conflicts, List<String> errors, boolean ok) {
}
