package io.vitrine.catalog.scan;

import io.vitrine.catalog.ItemSummary;

/**
 * A catalog item a scan found: how ({@code by}: {@code gtin}, {@code link} — a QR code with the item's link,
 * an {@code ?id=} or its id — or {@code photo}), a score (1 for a code, 0–1 for a photo), why, in words, and
 * the code that found it (null for a photo).
 */
public record ScanMatch(ItemSummary item, String by, double score, String reason, ScannedCode code) {
    public static final String BY_GTIN = "gtin";
    public static final String BY_LINK = "link";
    public static final String BY_PHOTO = "photo";
}
