package io.vitrine.catalog.scan;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Catalog items by what a scan reads: a GTIN key, a link, an id, a picture's link. Never removed items. */
final class ScanRepository {
    private static final String COLUMNS = ItemSummary.COLUMNS;

    private final Database database;

    ScanRepository(Database database) {
        this.database = database;
    }

    /** Items whose GTIN, without leading zeros, is {@code key} (see {@code Gtin.lookupKey}). */
    List<ItemSummary> byGtinKey(String key) {
        return database.read(sql -> sql.list("SELECT " + COLUMNS + " FROM catalog_item WHERE ltrim(gtin, '0') = ?"
                + " AND gtin IS NOT NULL AND removed = 0 ORDER BY title, id", ItemSummary::map, key));
    }

    List<ItemSummary> byLink(Collection<String> links) {
        List<ItemSummary> found = new ArrayList<>();
        database.read(sql -> {
            for (String link : links) {
                found.addAll(sql.list("SELECT " + COLUMNS + " FROM catalog_item WHERE link = ? AND link IS NOT NULL"
                        + " AND removed = 0 ORDER BY title, id", ItemSummary::map, link));
            }
            return null;
        });
        return found;
    }

    List<ItemSummary> byId(String id) {
        return database.read(sql -> sql.list("SELECT " + COLUMNS + " FROM catalog_item WHERE id = ? AND removed = 0",
                ItemSummary::map, id));
    }

    /** Live items showing a picture, in title order. */
    List<ItemSummary> byImageLink(String imageLink) {
        return database.read(sql -> sql.list("SELECT " + COLUMNS + " FROM catalog_item WHERE image_link = ?"
                + " AND image_link IS NOT NULL AND removed = 0 ORDER BY title, id", ItemSummary::map, imageLink));
    }
}
