package io.vitrine.catalog;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.feed.ParsedRow;
import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * Writes one import into catalog_item, inside the import's transaction: each item is added, updated
 * (its content hash changed) or left unchanged; {@link #finish} then marks the source's items that the
 * file no longer has as removed, brings the search index and the product rows up to date, and counts
 * the posts and polls whose tags now point at removed or out-of-stock items.
 * <p>
 * While it writes, the search-index triggers are off ({@link BulkLoadRepository}): the writer indexes new and
 * changed rows with a few set-based statements at the end, many times faster than a trigger firing row
 * by row.
 */
final class CatalogWriteRepository implements AutoCloseable {
    /** What happened to one row. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, DUPLICATE }

    private static final String TEMP_TABLES = """
            DROP TABLE IF EXISTS temp.import_gone;
            DROP TABLE IF EXISTS temp.import_changed;
            DROP TABLE IF EXISTS temp.import_groups;
            DROP TABLE IF EXISTS temp.import_attention;
            CREATE TEMP TABLE import_gone (item_no INTEGER PRIMARY KEY);
            CREATE TEMP TABLE import_changed (item_no INTEGER PRIMARY KEY, title, brand, id, color, product_type);
            CREATE TEMP TABLE import_groups (group_key TEXT PRIMARY KEY);
            CREATE TEMP TABLE import_attention (item_no INTEGER PRIMARY KEY);
            """;

    private final Sql sql;
    private final long sourceId;
    private final String now;
    private final RemovalGuard guard;
    private long firstNewItemNo;
    private long nextItemNo;
    private boolean emptyAtStart;
    private final BulkLoadRepository bulk;
    private PreparedStatement lookup;
    private Sql.Batch insert;
    private Sql.Batch update;
    /** Existing items this file has (by item_no): one bit each, so a million items cost 125 KB. */
    private final BitSet seen = new BitSet();
    private Sql.Batch rememberChanged;
    private Sql.Batch touchGroup;
    private Sql.Batch attention;

    /** @param guard when a large share of removals is held back, or null to mark every missing item removed */
    CatalogWriteRepository(Sql sql, long sourceId, String now, RemovalGuard guard) {
        this.sql = sql;
        this.sourceId = sourceId;
        this.now = now;
        this.guard = guard;
        this.bulk = new BulkLoadRepository(sql);
    }

    void begin() throws SQLException {
        emptyAtStart = sql.scalar("SELECT count(*) FROM (SELECT 1 FROM catalog_item LIMIT 1)") == 0;
        firstNewItemNo = sql.scalar("SELECT coalesce(max(item_no), 0) + 1 FROM catalog_item");
        nextItemNo = firstNewItemNo;
        sql.script(TEMP_TABLES);
        bulk.begin(emptyAtStart);
        lookup = sql.connection().prepareStatement("SELECT item_no, content_hash, removed, availability, group_key,"
                + " source_id FROM catalog_item WHERE id = ?");
        insert = sql.batch("INSERT INTO catalog_item (" + ItemRows.SELECT + ", item_no, source_id, content_hash, updated_at)"
                + " VALUES (" + "?, ".repeat(ItemRows.COLUMNS.size()) + "?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
        update = sql.batch("UPDATE catalog_item SET " + String.join(" = ?, ", ItemRows.COLUMNS)
                + " = ?, source_id = ?, content_hash = ?, removed = 0, updated_at = ? WHERE item_no = ?");
        if (firstNewItemNo > Integer.MAX_VALUE) {
            throw new IllegalStateException("catalog_item.item_no has outgrown the import's bit set");
        }
        rememberChanged = sql.batch("INSERT OR IGNORE INTO temp.import_changed SELECT item_no, title, brand, id, color,"
                + " product_type FROM catalog_item WHERE item_no = ?");
        touchGroup = sql.batch("INSERT OR IGNORE INTO temp.import_groups (group_key) VALUES (?)");
        attention = sql.batch("INSERT OR IGNORE INTO temp.import_attention (item_no) VALUES (?)");
    }

    Outcome write(ParsedRow row) throws SQLException {
        CatalogItem item = row.item();
        if (!emptyAtStart) {
            lookup.setString(1, item.id());
            try (ResultSet existing = lookup.executeQuery()) {
                if (existing.next()) {
                    return change(row, existing);
                }
            }
        }
        if (insert.executeOne(ItemRows.values(item, nextItemNo, sourceId, row.contentHash(), now)) == 0) {
            return Outcome.DUPLICATE;
        }
        nextItemNo++;
        return Outcome.ADDED;
    }

    /** A rejected row whose id the catalog has: the item stays as it was (not removed). */
    void keep(String id) throws SQLException {
        if (id == null || emptyAtStart) {
            return;
        }
        lookup.setString(1, id);
        try (ResultSet existing = lookup.executeQuery()) {
            if (existing.next() && existing.getLong(1) < firstNewItemNo) {
                seen.set((int) existing.getLong(1));
            }
        }
    }

    private Outcome change(ParsedRow row, ResultSet existing) throws SQLException {
        long itemNo = existing.getLong(1);
        if (itemNo >= firstNewItemNo || seen.get((int) itemNo)) {
            return Outcome.DUPLICATE; // the file has this id twice; the first row counts
        }
        seen.set((int) itemNo);
        long storedHash = existing.getLong(2);
        boolean wasRemoved = existing.getInt(3) == 1;
        String oldAvailability = existing.getString(4);
        String oldGroup = existing.getString(5);
        long oldSource = existing.getLong(6);
        CatalogItem item = row.item();
        if (storedHash == row.contentHash() && !wasRemoved && oldSource == sourceId) {
            return Outcome.UNCHANGED;
        }
        rememberChanged.executeOne(itemNo);
        update.executeOne(ItemRows.values(item, sourceId, row.contentHash(), now, itemNo));
        touchGroup.executeOne(oldGroup);
        touchGroup.executeOne(item.groupKey());
        if (!wasRemoved && !Availability.OUT_OF_STOCK.code().equals(oldAvailability)
                && item.availability() == Availability.OUT_OF_STOCK) {
            attention.executeOne(itemNo);
        }
        return Outcome.UPDATED;
    }

    /** Marks removed items, updates the index and product rows; returns the removal and flag counts. */
    ImportTotals finish(Progress progress) throws SQLException {
        progress.update(-1, -1, "Marking items the feed no longer has…");
        Removals removals = emptyAtStart ? Removals.NONE : markRemoved();
        progress.checkCancelled();
        progress.update(-1, -1, "Updating the search index…");
        reindex();
        progress.checkCancelled();
        progress.update(-1, -1, "Updating products…");
        new ProductRollupRepository(sql).refresh(emptyAtStart, firstNewItemNo);
        progress.update(-1, -1, "Indexing products…");
        bulk.finish();
        progress.update(-1, -1, "Saving…");
        long posts = sql.scalar("SELECT count(DISTINCT t.post_id) FROM post_tag t JOIN post p ON p.id = t.post_id"
                + " JOIN catalog_item i ON i.id = t.item_id WHERE p.status <> ?"
                + " AND i.item_no IN (SELECT item_no FROM temp.import_attention)", PublishState.ARCHIVED);
        long polls = sql.scalar("SELECT count(DISTINCT o.poll_id) FROM poll_option o JOIN poll p ON p.id = o.poll_id"
                + " JOIN catalog_item i ON i.id = o.item_id WHERE p.status <> ?"
                + " AND i.item_no IN (SELECT item_no FROM temp.import_attention)", PublishState.ARCHIVED);
        return new ImportTotals(removals.removed(), posts, polls, removals.kept(), removals.live());
    }

    /**
     * The source's items the file did not have: removed = 1 (never deleted: tags point at them), unless the
     * guard holds them back because the file lists far fewer than the source had (then they are kept as they are).
     */
    private Removals markRemoved() throws SQLException {
        flush();
        try (Sql.Batch gone = sql.batch("INSERT INTO temp.import_gone (item_no) VALUES (?)")) {
            sql.forEach("SELECT item_no FROM catalog_item WHERE source_id = ? AND removed = 0 AND item_no < ?", row -> {
                long itemNo = row.getLong(1);
                if (!seen.get((int) itemNo)) {
                    gone.add(itemNo);
                    if (gone.pending() >= 1_000) {
                        gone.flush();
                    }
                }
            }, sourceId, firstNewItemNo);
        }
        long missing = sql.scalar("SELECT count(*) FROM temp.import_gone");
        long live = sql.scalar("SELECT count(*) FROM catalog_item WHERE source_id = ? AND removed = 0 AND item_no < ?",
                sourceId, firstNewItemNo);
        if (missing == 0 || (guard != null && guard.holdsBack(missing, live))) {
            return new Removals(0, missing, live);
        }
        String gone = " FROM catalog_item WHERE item_no IN (SELECT item_no FROM temp.import_gone)";
        sql.update("INSERT OR IGNORE INTO temp.import_groups (group_key) SELECT group_key" + gone);
        sql.update("INSERT OR IGNORE INTO temp.import_attention (item_no) SELECT item_no" + gone);
        long removed = sql.update("UPDATE catalog_item SET removed = 1, updated_at = ? WHERE item_no IN"
                + " (SELECT item_no FROM temp.import_gone)", now);
        return new Removals(removed, 0, live);
    }

    /** Items marked removed, items kept although the file no longer lists them, and the source's live items before. */
    private record Removals(long removed, long kept, long live) {
        static final Removals NONE = new Removals(0, 0, 0);
    }

    /** Changed rows: out with the old words, in with the new; then every new row in one statement. */
    private void reindex() throws SQLException {
        flush();
        sql.update("INSERT INTO catalog_search (catalog_search, rowid, title, brand, id, color, product_type)"
                + " SELECT 'delete', item_no, title, brand, id, color, product_type FROM temp.import_changed");
        sql.update("INSERT INTO catalog_search (rowid, title, brand, id, color, product_type)"
                + " SELECT item_no, title, brand, id, color, product_type FROM catalog_item"
                + " WHERE item_no IN (SELECT item_no FROM temp.import_changed)");
        sql.update("INSERT INTO catalog_search (rowid, title, brand, id, color, product_type)"
                + " SELECT item_no, title, brand, id, color, product_type FROM catalog_item WHERE item_no >= ?", firstNewItemNo);
    }

    private void flush() throws SQLException {
        for (Sql.Batch batch : new Sql.Batch[] {insert, update, rememberChanged, touchGroup, attention}) {
            batch.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        bulk.close();
        if (lookup != null) {
            lookup.close();
        }
        for (Sql.Batch batch : new Sql.Batch[] {insert, update, rememberChanged, touchGroup, attention}) {
            if (batch != null) {
                batch.close();
            }
        }
    }

    /** What {@link #finish} found; kept = items held back from removal out of the source's live ones. */
    record ImportTotals(long removed, long flaggedPosts, long flaggedPolls, long kept, long live) {
    }
}
