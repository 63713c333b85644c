package io.vitrine.catalog;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Settings for writing many catalog rows in one transaction, undone afterwards:
 * <ul>
 *   <li>the search-index triggers are dropped (the import indexes in bulk), and before a first import
 *       the product list's indexes and the item lookup indexes (GTIN, link, picture, type: scan and similar
 *       items) too (built once after the rollup: measured 3.7 s against 6.2 s for
 *       growing them row by row at a million items); both come back from their own definitions in the
 *       schema before the commit, and a rollback restores them with everything else. catalog_item's own
 *       indexes stay: keeping them up while rows stream in costs less than the two extra passes over the
 *       whole table that building them afterwards takes;</li>
 *   <li>a bigger page cache (SQLite's native memory, not the Java heap) and FTS5 merge settings for a
 *       bulk build;</li>
 *   <li>no "last insert id" query after every INSERT (the driver's generated-keys support, unused here).</li>
 * </ul>
 */
final class BulkLoadRepository implements AutoCloseable {
    static final int CACHE_KIB = 128 * 1024;
    private static final int NORMAL_CACHE_KIB = 32 * 1024;

    private final Sql sql;
    private final List<String[]> dropped = new ArrayList<>();
    private SQLiteConnectionConfig driverConfig;
    private boolean generatedKeys;

    BulkLoadRepository(Sql sql) {
        this.sql = sql;
    }

    /** @param firstLoad also drop the product list's indexes (the catalog is empty) */
    void begin(boolean firstLoad) throws SQLException {
        driverConfig = sql.connection().unwrap(SQLiteConnection.class).getConnectionConfig();
        generatedKeys = driverConfig.isGetGeneratedKeys();
        driverConfig.setGetGeneratedKeys(false);
        sql.script("PRAGMA cache_size = -" + CACHE_KIB);
        String indexes = firstLoad ? " OR (type = 'index' AND sql IS NOT NULL AND (tbl_name = 'catalog_product'"
                + " OR name LIKE 'catalog_item_lookup_%'))" : "";
        dropped.addAll(sql.list("SELECT type, name, sql FROM sqlite_schema WHERE (type = 'trigger'"
                + " AND tbl_name = 'catalog_item' AND name LIKE 'catalog_item_search_%')" + indexes + " ORDER BY type, name",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}));
        for (String[] object : dropped) {
            // type and name come from SQLite's own schema table, never from input
            sql.script("DROP " + object[0].toUpperCase(java.util.Locale.ROOT) + " \"" + object[1].replace("\"", "\"\"") + "\"");
        }
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('hashsize', 16777216)");
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 16)");
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('crisismerge', 64)");
    }

    /** Recreates everything dropped and puts the search index's settings back to their defaults. */
    void finish() throws SQLException {
        for (String[] object : dropped) {
            sql.script(object[2]);
        }
        // FTS5's defaults: small pending-data buffer and frequent merges suit the single-item edits that follow
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('hashsize', 1048576)");
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 4)");
        sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('crisismerge', 16)");
    }

    @Override
    public void close() throws SQLException {
        if (driverConfig != null) {
            driverConfig.setGetGeneratedKeys(generatedKeys);
        }
        sql.script("PRAGMA cache_size = -" + NORMAL_CACHE_KIB);
    }
}
