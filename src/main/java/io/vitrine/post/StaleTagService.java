package io.vitrine.post;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.Availability;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * After a catalog re-import some pins point at products that are gone or out of stock. This lists
 * them (archived posts aside) and fixes each in one click: retag to another variant of the same
 * item group, or remove the pin. Each fix marks the post changed so the sync engine updates it.
 */
public final class StaleTagService {
    private final Database database;
    private final CatalogService catalog;
    private final Clock clock;

    public StaleTagService(Database database, CatalogService catalog) {
        this(database, catalog, Clock.systemUTC());
    }

    public StaleTagService(Database database, CatalogService catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    private record Row(long tagId, long postId, String status, String caption, int position, String itemId, String title,
                       String groupId, boolean found, boolean removed, String availability) {
    }

    public List<StaleTag> list() {
        List<Row> rows = database.read(sql -> sql.list("SELECT t.id, t.post_id, p.status, p.caption, t.image_position,"
                + " t.item_id, c.title, c.item_group_id, c.id IS NOT NULL, coalesce(c.removed, 0), c.availability"
                + " FROM post_tag t JOIN post p ON p.id = t.post_id LEFT JOIN catalog_item c ON c.id = t.item_id"
                + " WHERE p.status <> ? AND (c.id IS NULL OR c.removed = 1 OR c.availability = ?)"
                + " ORDER BY coalesce(p.scheduled_at, p.published_at, p.updated_at), p.id, t.id",
                row -> new Row(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getInt(9) == 1, row.getInt(10) == 1,
                        row.getString(11)), PublishState.ARCHIVED, Availability.OUT_OF_STOCK));
        List<StaleTag> stale = new ArrayList<>();
        for (Row row : rows) {
            StaleTag.Reason reason = !row.found() ? StaleTag.Reason.MISSING
                    : row.removed() ? StaleTag.Reason.REMOVED : StaleTag.Reason.OUT_OF_STOCK;
            List<ItemSummary> alternatives = row.groupId() == null ? List.of() : catalog.variantsOf(row.groupId()).stream()
                    .filter(v -> !v.id().equals(row.itemId()) && !v.needsAttention()).toList();
            stale.add(new StaleTag(row.tagId(), row.postId(), PublishState.fromCode(row.status()), PostSummary.headline(row.caption()),
                    row.position(), row.itemId(), row.title(), reason, alternatives));
        }
        return stale;
    }

    public int count() {
        long stale = database.read(sql -> sql.scalar("SELECT count(*) FROM post_tag t JOIN post p ON p.id = t.post_id"
                + " LEFT JOIN catalog_item c ON c.id = t.item_id WHERE p.status <> ?"
                + " AND (c.id IS NULL OR c.removed = 1 OR c.availability = ?)", PublishState.ARCHIVED, Availability.OUT_OF_STOCK));
        return (int) stale;
    }

    /** Points a pin at another item (same place on the photo). */
    public void retag(long tagId, String newItemId) {
        ItemSummary item = catalog.find(newItemId).orElseThrow(() -> new VitrineException(
                "No catalog item has the id \"" + newItemId + "\".", "Pick another variant."));
        if (item.removed()) {
            throw new VitrineException(item.title() + " is no longer in the catalog either.", "Pick another variant.");
        }
        database.write(sql -> {
            long postId = postOf(sql, tagId);
            sql.update("UPDATE post_tag SET item_id = ? WHERE id = ?", newItemId, tagId);
            return sql.update("UPDATE post SET updated_at = ? WHERE id = ?", Instant.now(clock), postId);
        });
    }

    /** Removes the pin from its photo. */
    public void remove(long tagId) {
        database.write(sql -> {
            long postId = postOf(sql, tagId);
            sql.update("DELETE FROM post_tag WHERE id = ?", tagId);
            return sql.update("UPDATE post SET updated_at = ? WHERE id = ?", Instant.now(clock), postId);
        });
    }

    private static long postOf(io.vitrine.workspace.Sql sql, long tagId) throws java.sql.SQLException {
        return sql.one("SELECT post_id FROM post_tag WHERE id = ?", row -> row.getLong(1), tagId)
                .orElseThrow(() -> new VitrineException("That pin was already changed or removed.", "Refresh the list."));
    }
}
