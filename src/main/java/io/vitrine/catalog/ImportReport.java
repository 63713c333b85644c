package io.vitrine.catalog;

import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.RowIssue;
import java.util.List;

/**
 * What an import did, in catalog items: read = imported (new) + updated + unchanged + rejected;
 * removed = items of the same source the file no longer has. Rejected rows and warnings come with
 * line, id, field and message (at most {@link #MAX_LISTED} of each are listed; the counts are exact).
 * flaggedPosts/flaggedPolls count posts and polls whose tags point at items this import removed or
 * put out of stock. keptNotRemoved counts items the file no longer lists that were kept because the file
 * looks cut off ({@link RemovalGuard}); notes say such things about the whole file (that, the character
 * set it was read in). This is the CLI's --json output and what the import history keeps.
 */
public record ImportReport(FeedFormat format, long read, long imported, long updated, long unchanged, long removed,
                           long rejected, long warnings, List<RowIssue> errors, List<RowIssue> warningDetails,
                           long flaggedPosts, long flaggedPolls, String source, String file, String defaultCurrency,
                           String status, String message, Long runId, long durationMs, long keptNotRemoved,
                           List<String> notes) {
    public static final int MAX_LISTED = 1_000;
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
        warningDetails = warningDetails == null ? List.of() : List.copyOf(warningDetails);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ImportReport withRunId(long id) {
        return new ImportReport(format, read, imported, updated, unchanged, removed, rejected, warnings, errors,
                warningDetails, flaggedPosts, flaggedPolls, source, file, defaultCurrency, status, message, id, durationMs,
                keptNotRemoved, notes);
    }

    /** "1,204 read: 1,180 new, 12 updated, 0 unchanged, 3 removed, 12 rejected, 5 warnings" */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%,d read: %,d new, %,d updated, %,d unchanged, %,d removed, %,d rejected, %,d warning%s",
                read, imported, updated, unchanged, removed, rejected, warnings, warnings == 1 ? "" : "s");
    }
}
