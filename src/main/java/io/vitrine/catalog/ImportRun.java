package io.vitrine.catalog;

import java.time.Instant;

/** One line of the import history. */
public record ImportRun(long id, String source, String fileName, String format, Instant startedAt, Instant finishedAt,
                        String status, long read, long added, long updated, long unchanged, long removed, long rejected,
                        long warnings) {
}
