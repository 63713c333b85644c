package io.vitrine.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.workspace.Database;
import java.util.HashMap;
import java.util.Map;

/** The same counts with plain GROUP BYs over engagement_event, to hold the rollups to. */
final class RawCounts {
    private static final String SCOPE = " WHERE (?1 IS NULL OR post_id IN (SELECT id FROM post WHERE campaign_id = ?1)"
            + " OR poll_id IN (SELECT id FROM poll WHERE campaign_id = ?1))"
            + " AND (?2 IS NULL OR occurred_at >= ?2) AND (?3 IS NULL OR occurred_at < ?3)";

    private final Database database;
    private final BrandClock clock;

    RawCounts(Database database, BrandClock clock) {
        this.database = database;
        this.clock = clock;
    }

    void assertMatches(InsightsService insights, InsightsFilter filter) {
        Object[] params = params(filter);
        Map<String, Long> byType = map("SELECT type, count(*) FROM engagement_event" + SCOPE + " GROUP BY 1", params);
        assertThat(insights.summary(filter).totals().events().byCode()).allSatisfy((type, n) ->
                assertThat(n).as(type + " in " + filter).isEqualTo(byType.getOrDefault(type, 0L)));
        Map<String, Long> perPost = map("SELECT post_id || ' ' || type, count(*) FROM engagement_event" + SCOPE
                + " AND post_id IS NOT NULL GROUP BY 1", params);
        Map<String, Long> ours = new HashMap<>();
        insights.posts(filter).forEach(p -> p.totals().events().byCode().forEach((type, n) -> {
            if (n > 0) {
                ours.put(p.id() + " " + type, n);
            }
        }));
        assertThat(ours).as("per post in " + filter).isEqualTo(perPost);
        Map<String, Long> perItem = map("SELECT item_id || ' ' || type, count(*) FROM engagement_event" + SCOPE
                + " AND item_id IS NOT NULL AND type IN ('product_click', 'add_to_cart', 'purchase') GROUP BY 1", params);
        Map<String, Long> items = new HashMap<>();
        insights.products(filter).forEach(p -> p.totals().events().byCode().forEach((type, n) -> {
            if (n > 0) {
                items.put(p.itemId() + " " + type, n);
            }
        }));
        assertThat(items).as("per item in " + filter).isEqualTo(perItem);
        Map<String, Long> regions = map("SELECT coalesce(region, '') || ' ' || type, count(*) FROM engagement_event" + SCOPE
                + " GROUP BY 1", params);
        Map<String, Long> segments = new HashMap<>();
        insights.segments(filter).get(SegmentDimension.REGION).forEach(r -> r.events().byCode().forEach((type, n) -> {
            if (n > 0) {
                segments.put(r.value() + " " + type, n);
            }
        }));
        assertThat(segments).as("per region in " + filter).isEqualTo(regions);
        Map<String, Long> revenue = map("SELECT currency, sum(amount_micros) FROM engagement_event" + SCOPE
                + " AND type = 'purchase' GROUP BY 1", params);
        Map<String, Long> money = new HashMap<>();
        insights.summary(filter).totals().revenue().forEach(m -> money.put(m.currency(), m.micros()));
        assertThat(money).as("revenue in " + filter).isEqualTo(revenue);
    }

    private Object[] params(InsightsFilter filter) {
        String[] bounds = filter.period() == null ? new String[2] : EventTimes.bounds(filter.period(), clock);
        return new Object[] {filter.campaignId(), bounds[0], bounds[1]};
    }

    private Map<String, Long> map(String query, Object[] params) {
        return database.read(sql -> {
            Map<String, Long> map = new HashMap<>();
            sql.forEach(query, row -> map.put(row.getString(1), row.getLong(2)), params);
            return map;
        });
    }
}
