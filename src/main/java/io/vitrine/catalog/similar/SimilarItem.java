package io.vitrine.catalog.similar;

import io.vitrine.catalog.ItemSummary;
import java.util.List;

/** A catalog item like another: its score (0–1, the sum of the signals below) and the reasons, in words. */
public record SimilarItem(ItemSummary item, double score, List<String> reasons) {
    public SimilarItem {
        reasons = List.copyOf(reasons);
    }
}
