package io.vitrine.brand;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The brand_profile table. */
final class BrandProfileRepository {

    List<BrandProfile> list(Sql sql) throws SQLException {
        return sql.list("SELECT id, name, handle, time_zone FROM brand_profile ORDER BY id",
                row -> new BrandProfile(row.getLong(1), row.getString(2), row.getString(3), zone(row.getString(4))));
    }

    boolean handleTaken(Sql sql, String handle) throws SQLException {
        return sql.scalar("SELECT count(*) FROM brand_profile WHERE handle = ?", handle) > 0;
    }

    long insert(Sql sql, String name, String handle, ZoneId zone, Instant now) throws SQLException {
        return sql.insert("INSERT INTO brand_profile(name, handle, time_zone, created_at) VALUES (?, ?, ?, ?)",
                name, handle, zone.getId(), now);
    }

    /** A stored zone this Java does not know (or none) reads as UTC rather than hiding the brand. */
    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("UTC");
        }
    }
}
