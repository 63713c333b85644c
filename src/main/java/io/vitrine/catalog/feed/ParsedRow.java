package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.CatalogItem;
import java.util.List;

/** A validated row: an item (with any warnings about fields that were dropped), or the reason it was rejected. */
public record ParsedRow(long line, CatalogItem item, long contentHash, RowIssue rejection, List<RowIssue> warnings) {

    static ParsedRow accepted(long line, CatalogItem item, List<RowIssue> warnings) {
        return new ParsedRow(line, item, item.contentHash(), null, warnings);
    }

    static ParsedRow rejected(RowIssue rejection, List<RowIssue> warnings) {
        return new ParsedRow(rejection.line(), null, 0, rejection, warnings);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
