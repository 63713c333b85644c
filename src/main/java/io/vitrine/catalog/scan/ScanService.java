package io.vitrine.catalog.scan;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scan to find: the catalog items a picture shows. Codes first (barcodes and QR codes, matched by GTIN,
 * link or id); a picture without any code is compared with the catalog's product pictures (fetching and
 * fingerprinting those not seen yet, with progress and cancel). Blocking: call it off the FX thread.
 */
public final class ScanService {
    /** Photo matches offered at most. */
    public static final int PHOTO_MATCHES = 5;

    private final BarcodeScanner scanner = new BarcodeScanner();
    private final CodeMatcher codes;
    private final ScanRepository items;
    private final PhotoLibrary photos;

    public ScanService(Database database, PhotoLibrary photos) {
        this.items = new ScanRepository(database);
        this.codes = new CodeMatcher(items);
        this.photos = photos;
    }

    public ScanResult scan(Path file, Progress progress) {
        return scan(PictureReader.read(file), progress);
    }

    public ScanResult scan(BufferedImage picture, Progress progress) {
        List<ScannedCode> found = scanner.scan(picture, progress);
        if (!found.isEmpty()) {
            List<ScanMatch> matches = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ScannedCode code : found) {
                for (ScanMatch match : codes.match(code)) {
                    if (seen.add(match.item().id())) {
                        matches.add(match);
                    }
                }
            }
            return new ScanResult(found, matches, false, 0);
        }
        photos.update(progress);
        progress.update(-1, -1, "Comparing with the catalog's pictures");
        List<ScanMatch> matches = new ArrayList<>();
        for (PhotoMatch photo : photos.search(picture, PHOTO_MATCHES)) {
            for (ItemSummary item : items.byImageLink(photo.imageLink())) {
                matches.add(new ScanMatch(item, ScanMatch.BY_PHOTO, photo.score(), photo.reason(), null));
            }
        }
        return new ScanResult(found, matches, true, photos.indexedCount());
    }

    public PhotoLibrary photos() {
        return photos;
    }
}
