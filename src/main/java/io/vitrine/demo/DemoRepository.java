package io.vitrine.demo;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.item.Availability;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo generator's own reads and writes. Most of the demo goes through the features' services; what is here
 * is history no service makes (a post published before the studio synced, so without a platform id) and the
 * catalog lookups that pick products for the generated posts and polls.
 */
final class DemoRepository {
    private DemoRepository() {
    }

    /** A catalog item a poll option can show. */
    record OptionItem(String id, String title, String group, String color, String availability) {
    }

    /** A catalog item a post can pin, with the words it is matched on. */
    record PostItem(String id, String text, boolean purchasable) {
    }

    /** A published post and when it went out. */
    record Published(long postId, Instant at) {
    }

    /** A pin of a post, with the price a purchase pays. */
    record Pin(String itemId, long priceMicros, String currency) {
    }

    static long insertBrand(Sql sql, String name, String handle, String zone, Instant createdAt) throws SQLException {
        return sql.insert("INSERT INTO brand_profile(name, handle, time_zone, created_at) VALUES (?, ?, ?, ?)",
                name, handle, zone, createdAt);
    }

    static void insertCampaign(Sql sql, String name, String startsOn, String endsOn, String goal, String budgetNote,
                               Instant createdAt) throws SQLException {
        sql.insert("INSERT INTO campaign(name, starts_on, ends_on, goal, budget_note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                name, startsOn, endsOn, goal, budgetNote, createdAt);
    }

    static List<OptionItem> optionItems(Database database) {
        return database.read(sql -> sql.list("SELECT id, title, item_group_id, color, availability FROM catalog_item"
                + " WHERE removed = 0 ORDER BY coalesce(item_group_id, id), id",
                row -> new OptionItem(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5))));
    }

    static List<PostItem> postItems(Database database) {
        return database.read(sql -> sql.list("SELECT id, lower(title || ' ' || coalesce(product_type, '') || ' '"
                + " || coalesce(google_category, '')), availability <> ? FROM catalog_item WHERE removed = 0 ORDER BY id",
                row -> new PostItem(row.getString(1), row.getString(2).toLowerCase(Locale.ROOT), row.getInt(3) == 1),
                Availability.OUT_OF_STOCK));
    }

    static Optional<Long> campaignId(Database database, String name) {
        return database.read(sql -> sql.one("SELECT id FROM campaign WHERE name = ?", row -> row.getLong(1), name));
    }

    /** A poll that went out at {@code at}, before the studio synced (no platform id: sync leaves it be). */
    static void publishPoll(Database database, long id, PublishState status, Instant at) {
        database.write(sql -> sql.update("UPDATE poll SET status = ?, scheduled_at = ?, published_at = ? WHERE id = ?",
                status, at, at, id));
    }

    static List<String> optionLabels(Database database, long pollId) {
        return database.read(sql -> sql.list("SELECT label FROM poll_option WHERE poll_id = ? ORDER BY position",
                row -> row.getString(1), pollId));
    }

    static void publishPost(Database database, long id, Instant scheduledAt, Instant publishedAt) {
        database.write(sql -> sql.update("UPDATE post SET status = ?, scheduled_at = ?, published_at = ? WHERE id = ?",
                PublishState.PUBLISHED, scheduledAt, publishedAt, id));
    }

    static void failPost(Database database, long id, Instant scheduledAt, String error) {
        database.write(sql -> sql.update("UPDATE post SET status = ?, scheduled_at = ?, sync_error = ? WHERE id = ?",
                PublishState.FAILED, scheduledAt, error, id));
    }

    static void archivePost(Database database, long id, Instant at) {
        database.write(sql -> sql.update("UPDATE post SET status = ?, published_at = ?, scheduled_at = ? WHERE id = ?",
                PublishState.ARCHIVED, at, at, id));
    }

    static List<Published> publishedPosts(Database database) {
        return database.read(sql -> sql.list("SELECT id, published_at FROM post WHERE status = ? AND published_at IS NOT NULL"
                + " ORDER BY id", row -> new Published(row.getLong(1), Instant.parse(row.getString(2))), PublishState.PUBLISHED));
    }

    static List<Pin> pins(Database database, long postId) {
        return database.read(sql -> sql.list("SELECT t.item_id, coalesce(i.sale_price_micros, i.price_micros), i.currency"
                + " FROM post_tag t JOIN catalog_item i ON i.id = t.item_id WHERE t.post_id = ? ORDER BY t.id",
                row -> new Pin(row.getString(1), row.getLong(2), row.getString(3)), postId));
    }

    static Map<String, Integer> postCountsByStatus(Database database) {
        Map<String, Integer> counts = new HashMap<>();
        database.read(sql -> {
            sql.forEach("SELECT status, count(*) FROM post GROUP BY status", row -> counts.put(row.getString(1), row.getInt(2)));
            return null;
        });
        return counts;
    }
}
