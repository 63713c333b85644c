package io.vitrine.post;

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
    private final StaleTagRepository repository = new StaleTagRepository();

    public StaleTagService(Database database, CatalogService catalog) {
        this(database, catalog, Clock.systemUTC());
    }

    public StaleTagService(Database database, CatalogService catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<StaleTag> list() {
        List<StaleTagRepository.Row> rows = database.read(repository::list);
        List<StaleTag> stale = new ArrayList<>();
        for (StaleTagRepository.Row row : rows) {
            StaleTag.Reason reason = !row.found() ? StaleTag.Reason.MISSING
                    : row.removed() ? StaleTag.Reason.REMOVED : StaleTag.Reason.OUT_OF_STOCK;
            List<ItemSummary> alternatives = row.groupId() == null ? List.of() : catalog.variantsOf(row.groupId()).stream()
                    .filter(v -> !v.id().equals(row.itemId()) && !v.needsAttention()).toList();
            stale.add(new StaleTag(row.tagId(), row.postId(), row.status(), PostSummary.headline(row.caption()),
                    row.position(), row.itemId(), row.title(), reason, alternatives));
        }
        return stale;
    }

    public int count() {
        return (int) (long) database.read(repository::count);
    }

    /** Points a pin at another item (same place on the photo). */
    public void retag(long tagId, String newItemId) {
        ItemSummary item = catalog.find(newItemId).orElseThrow(() -> new VitrineException(
                "No catalog item has the id \"" + newItemId + "\".", "Pick another variant."));
        if (item.removed()) {
            throw new VitrineException(item.title() + " is no longer in the catalog either.", "Pick another variant.");
        }
        database.write(sql -> {
            repository.retag(sql, tagId, newItemId, Instant.now(clock));
            return null;
        });
    }

    /** Removes the pin from its photo. */
    public void remove(long tagId) {
        database.write(sql -> {
            repository.remove(sql, tagId, Instant.now(clock));
            return null;
        });
    }
}
