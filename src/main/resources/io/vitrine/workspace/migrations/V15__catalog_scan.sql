-- Catalog, version 15: scan to find. A code read from a picture finds its item by GTIN or by link, and
-- product pictures get fingerprints for the photo match.
--
-- GTINs are compared without their leading zeros, so a UPC-A (12 digits), the same code written as an
-- EAN-13 with a leading zero, and its GTIN-14 all meet on one key. The lookup indexes are named
-- catalog_item_lookup_*: a first import into an empty catalog drops and rebuilds them (see BulkLoad).
-- IF NOT EXISTS throughout: a workspace that already has these objects takes them as they are.
CREATE INDEX IF NOT EXISTS catalog_item_lookup_gtin ON catalog_item(ltrim(gtin, '0')) WHERE gtin IS NOT NULL;
CREATE INDEX IF NOT EXISTS catalog_item_lookup_link ON catalog_item(link) WHERE link IS NOT NULL;
CREATE INDEX IF NOT EXISTS catalog_item_lookup_image ON catalog_item(image_link) WHERE image_link IS NOT NULL;

-- One row per product picture (an item's image_link; variants often share one), fingerprinted once
-- (PhotoFingerprint, whose first byte is its version: another version is computed again). A picture that
-- could not be fetched or read keeps fingerprint NULL and says why, so it is not fetched again and again;
-- "scan again" after fixing the links clears those rows.
CREATE TABLE IF NOT EXISTS catalog_photo (
    image_link  TEXT PRIMARY KEY,
    fingerprint BLOB,
    problem     TEXT,
    indexed_at  TEXT NOT NULL
) WITHOUT ROWID;
