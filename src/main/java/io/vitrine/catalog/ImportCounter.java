package io.vitrine.catalog;

import io.vitrine.catalog.feed.RowIssue;
import java.util.ArrayList;
import java.util.List;

/** Counts an import as it runs (so a cancelled or failed import can still say how far it got). */
final class ImportCounter {
    long read;
    long added;
    long updated;
    long unchanged;
    long rejected;
    long warnings;
    final List<RowIssue> errors = new ArrayList<>();
    final List<RowIssue> warningDetails = new ArrayList<>();

    void reject(RowIssue issue) {
        rejected++;
        if (errors.size() < ImportReport.MAX_LISTED) {
            errors.add(issue);
        }
    }

    void warn(List<RowIssue> issues) {
        for (RowIssue issue : issues) {
            warnings++;
            if (warningDetails.size() < ImportReport.MAX_LISTED) {
                warningDetails.add(issue);
            }
        }
    }
}
