package io.vitrine.insights;

import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL behind Insights. Every count and amount comes from a rollup table (a few hundred thousand rows at
 * most on a workspace of millions of events); the catalog, posts and tags only name and place what they count.
 */
final class InsightsRepository {
    /** One aggregate row: a grouping key (subject kind, post id, hour, item, "dimension=value"), type, currency, sums. */
    record Row(String key, EventType type, String currency, long events, long amountMicros) {
    }

    /** A post or poll as a line of a table. */
    record Publication(String kind, long id, String title, String status) {
    }

    /** A pin on a post's photo. */
    record Pin(long tagId, int imagePosition, String itemId, String title, double x, double y) {
    }

    private final Database database;

    InsightsRepository(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Sums from {@code table} grouped by {@code key} (a fixed column expression), type and currency. */
    List<Row> sums(String table, String key, RollupQuery query) {
        return database.read(sql -> sql.list("SELECT " + key + ", type, currency, sum(events), sum(amount_micros) FROM "
                + table + query.where() + " GROUP BY 1, 2, 3", row -> new Row(row.getString(1),
                EventType.fromCode(row.getString(2)), row.getString(3), row.getLong(4), row.getLong(5)), query.params()));
    }

    /** The first and last local day with events (for "all time"), empty when there are none. */
    Optional<String[]> dayRange(RollupQuery query) {
        // two subqueries: each reads one end of the key when there is no condition
        Object[] params = java.util.stream.Stream.concat(java.util.Arrays.stream(query.params()),
                java.util.Arrays.stream(query.params())).toArray();
        return database.read(sql -> sql.one("SELECT (SELECT min(day) FROM insights_daily" + query.where() + "),"
                + " (SELECT max(day) FROM insights_daily" + query.where() + ")",
                row -> row.getString(1) == null ? null : new String[] {row.getString(1), row.getString(2)}, params));
    }

    List<CampaignRef> campaigns() {
        return database.read(sql -> sql.list("SELECT id, name FROM campaign ORDER BY name",
                row -> new CampaignRef(row.getLong(1), row.getString(2))));
    }

    /** Posts of the campaign (every post for null), by id. */
    Map<Long, Publication> posts(Long campaignId) {
        return database.read(sql -> {
            Map<Long, Publication> posts = new LinkedHashMap<>();
            sql.forEach("SELECT id, caption, status FROM post WHERE ?1 IS NULL OR campaign_id = ?1 ORDER BY id",
                    row -> posts.put(row.getLong(1), new Publication("post", row.getLong(1), row.getString(2), row.getString(3))),
                    campaignId);
            return posts;
        });
    }

    Map<Long, Publication> polls(Long campaignId) {
        return database.read(sql -> {
            Map<Long, Publication> polls = new LinkedHashMap<>();
            sql.forEach("SELECT id, question, status FROM poll WHERE ?1 IS NULL OR campaign_id = ?1 ORDER BY id",
                    row -> polls.put(row.getLong(1), new Publication("poll", row.getLong(1), row.getString(2), row.getString(3))),
                    campaignId);
            return polls;
        });
    }

    /** Items tagged on the campaign's posts (every post for null): how many posts tag each. */
    Map<String, Integer> taggedItems(Long campaignId) {
        return database.read(sql -> {
            Map<String, Integer> items = new LinkedHashMap<>();
            sql.forEach("SELECT t.item_id, count(DISTINCT t.post_id) FROM post_tag t JOIN post p ON p.id = t.post_id"
                    + " WHERE ?1 IS NULL OR p.campaign_id = ?1 GROUP BY t.item_id ORDER BY t.item_id",
                    row -> items.put(row.getString(1), row.getInt(2)), campaignId);
            return items;
        });
    }

    /** Catalog titles of the given items (items no longer in the catalog are left out). */
    Map<String, String> titles(java.util.Collection<String> itemIds) {
        Map<String, String> titles = new HashMap<>();
        List<String> ids = new ArrayList<>(itemIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            database.read(sql -> {
                sql.forEach("SELECT id, title FROM catalog_item WHERE id IN (" + marks + ")",
                        row -> titles.put(row.getString(1), row.getString(2)), chunk.toArray());
                return null;
            });
        }
        return titles;
    }

    List<Pin> pins(long postId) {
        return database.read(sql -> sql.list("SELECT t.id, t.image_position, t.item_id, i.title, t.x, t.y FROM post_tag t"
                + " LEFT JOIN catalog_item i ON i.id = t.item_id WHERE t.post_id = ? ORDER BY t.image_position, t.id",
                row -> new Pin(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4), row.getDouble(5),
                        row.getDouble(6)), postId));
    }

    /** The post's photos (image ids), in carousel order. */
    List<String> photos(long postId) {
        return database.read(sql -> sql.list("SELECT image_sha256 FROM post_image WHERE post_id = ? ORDER BY position",
                row -> row.getString(1), postId));
    }

    Optional<Publication> post(long postId) {
        return database.read(sql -> sql.one("SELECT id, caption, status FROM post WHERE id = ?",
                row -> new Publication("post", row.getLong(1), row.getString(2), row.getString(3)), postId));
    }

    Optional<String> campaignName(long campaignId) {
        return database.read(sql -> sql.text("SELECT name FROM campaign WHERE id = ?", campaignId));
    }

    Optional<Long> campaignId(String name) {
        return database.read(sql -> sql.one("SELECT id FROM campaign WHERE name = ?", row -> row.getLong(1), name));
    }
}
