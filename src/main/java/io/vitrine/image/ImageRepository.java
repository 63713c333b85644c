package io.vitrine.image;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The image table: content-addressed pictures (key: SHA-256 of the stored bytes) and their thumbnails. */
final class ImageRepository {

    /** Stores the picture unless the same bytes are there already. */
    void insert(Sql sql, StoredImage image, byte[] content, byte[] thumbnail, Instant now) throws SQLException {
        sql.update("INSERT OR IGNORE INTO image(sha256, mime_type, width, height, bytes, thumbnail, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", image.sha256(), image.mimeType(), image.width(), image.height(),
                content, thumbnail, now);
    }

    Optional<StoredImage> find(Sql sql, String sha256) throws SQLException {
        return sql.one("SELECT sha256, mime_type, width, height FROM image WHERE sha256 = ?",
                row -> new StoredImage(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)), sha256);
    }

    Optional<byte[]> bytes(Sql sql, String sha256) throws SQLException {
        return sql.one("SELECT bytes FROM image WHERE sha256 = ?", row -> row.getBytes(1), sha256);
    }

    /** The thumbnail, or the picture itself when it is small enough to have none. */
    Optional<byte[]> thumbnail(Sql sql, String sha256) throws SQLException {
        return sql.one("SELECT coalesce(thumbnail, bytes) FROM image WHERE sha256 = ?", row -> row.getBytes(1), sha256);
    }
}
