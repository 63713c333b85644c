package io.vitrine.catalog.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scan found: the codes read, the catalog items they (or, without a code, the photo) stand for, and
 * whether the photo was compared with the catalog's pictures ({@code photosCompared} of them).
 */
public record ScanResult(List<ScannedCode> codes, List<ScanMatch> matches, boolean photoSearched, int photosCompared) {

    public ScanResult {
        codes = List.copyOf(codes);
        matches = List.copyOf(matches);
    }

    /** Codes read that no catalog item has: "not in your catalog". */
    public List<ScannedCode> unmatchedCodes() {
        List<ScannedCode> unmatched = new ArrayList<>();
        for (ScannedCode code : codes) {
            if (matches.stream().noneMatch(m -> m.code() != null && m.code().equals(code))) {
                unmatched.add(code);
            }
        }
        return unmatched;
    }
}
