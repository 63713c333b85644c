package io.vitrine.catalog.scan;

import io.vitrine.workspace.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalog_photo table: fingerprints of product pictures, keyed by image link. */
final class PhotoRepository {
    /** A picture fingerprinted, or (fingerprint null) one that could not be fetched or read, and why. */
    record Row(String imageLink, byte[] fingerprint, String problem) {
    }

    /** A stored, readable fingerprint. */
    record Stored(String imageLink, PhotoFingerprint fingerprint) {
    }

    private final Database database;

    PhotoRepository(Database database) {
        this.database = database;
    }

    /** Pictures of live items with no row yet, or a fingerprint of another version. */
    List<String> toFingerprint() {
        return database.read(sql -> sql.list("SELECT DISTINCT i.image_link FROM catalog_item i"
                + " LEFT JOIN catalog_photo p ON p.image_link = i.image_link"
                + " WHERE i.removed = 0 AND i.image_link IS NOT NULL AND (p.image_link IS NULL"
                + " OR (p.fingerprint IS NOT NULL AND hex(substr(p.fingerprint, 1, 1)) <> ?))"
                + " ORDER BY i.image_link", row -> row.getString(1), String.format("%02X", PhotoFingerprint.VERSION)));
    }

    void save(List<Row> rows) {
        String now = Instant.now().toString();
        database.write(sql -> {
            try (var batch = sql.batch("INSERT OR REPLACE INTO catalog_photo (image_link, fingerprint, problem, indexed_at)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (Row row : rows) {
                    batch.add(row.imageLink(), row.fingerprint(), row.problem(), now);
                }
                batch.flush();
            }
            return null;
        });
    }

    /** Every readable fingerprint of a live item's picture. */
    List<Stored> all() {
        List<Stored> stored = new ArrayList<>();
        database.read(sql -> {
            sql.forEach("SELECT image_link, fingerprint FROM catalog_photo WHERE fingerprint IS NOT NULL AND image_link IN"
                    + " (SELECT image_link FROM catalog_item WHERE removed = 0 AND image_link IS NOT NULL) ORDER BY image_link",
                    row -> {
                        PhotoFingerprint print = PhotoFingerprint.fromBytes(row.getBytes(2));
                        if (print != null) {
                            stored.add(new Stored(row.getString(1), print));
                        }
                    });
            return null;
        });
        return stored;
    }

    Optional<PhotoFingerprint> find(String imageLink) {
        return database.read(sql -> sql.one("SELECT fingerprint FROM catalog_photo WHERE image_link = ?",
                row -> PhotoFingerprint.fromBytes(row.getBytes(1)), imageLink)).filter(p -> p != null);
    }

    /** Forgets pictures that could not be fetched, so the next scan tries them again. */
    int forgetUnavailable() {
        return database.write(sql -> sql.update("DELETE FROM catalog_photo WHERE fingerprint IS NULL"));
    }
}
