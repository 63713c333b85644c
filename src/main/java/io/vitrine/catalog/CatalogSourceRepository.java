package io.vitrine.catalog;

import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where catalog items come from (one row per feed name) and the column mappings saved in the workspace. */
public final class CatalogSourceRepository {
    private final Database database;

    public CatalogSourceRepository(Database database) {
        this.database = database;
    }

    /** The source's id, creating it or recording the format/location/mapping it was last imported with. */
    static Optional<Long> idOf(Sql sql, String name) throws SQLException {
        return sql.one("SELECT id FROM catalog_source WHERE name = ?", row -> row.getLong(1), name);
    }

    static long upsert(Sql sql, String name, FeedFormat format, String location, String mapping, String now) throws SQLException {
        sql.update("INSERT INTO catalog_source (name, format, location, mapping, created_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET format = excluded.format, location = excluded.location,"
                + " mapping = coalesce(excluded.mapping, mapping)", name, format.code(), location, mapping, now);
        return sql.scalar("SELECT id FROM catalog_source WHERE name = ?", name);
    }

    /** Names of the sources imported so far, for the import dialog. */
    public List<String> names() {
        return database.read(sql -> sql.list("SELECT name FROM catalog_source ORDER BY name", row -> row.getString(1)));
    }

    /** The mapping last used for a file with exactly these columns, if any. */
    public Optional<ColumnMapping> savedMapping(List<String> headers) {
        return database.read(sql -> sql.text("SELECT mapping FROM catalog_mapping WHERE columns_key = ?", columnsKey(headers)))
                .map(ColumnMapping::fromJson);
    }

    static void saveMapping(Sql sql, List<String> headers, ColumnMapping mapping, String now) throws SQLException {
        sql.update("INSERT INTO catalog_mapping (columns_key, mapping, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (columns_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
                columnsKey(headers), mapping.toJson(), now);
    }

    static String columnsKey(List<String> headers) {
        StringBuilder key = new StringBuilder();
        for (String header : headers) {
            key.append(header == null ? "" : header.strip().toLowerCase(Locale.ROOT)).append('\u001F');
        }
        return key.toString();
    }
}
