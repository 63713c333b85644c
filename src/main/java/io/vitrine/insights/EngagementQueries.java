package io.vitrine.insights;

import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read-side questions over engagement. Counts come from the hourly rollups, so they stay fast however
 * many events are stored; only revenue per currency reads purchase events themselves. The scope's
 * campaign id and start hour are bound parameters (NULL = no limit).
 */
public final class EngagementQueries {
    /** Rollup rows (alias r) inside the scope: ?1 campaign id, ?2 first hour. */
    private static final String IN_SCOPE = "(?1 IS NULL"
            + " OR (r.subject_kind = 'post' AND r.subject_id IN (SELECT id FROM post WHERE campaign_id = ?1))"
            + " OR (r.subject_kind = 'poll' AND r.subject_id IN (SELECT id FROM poll WHERE campaign_id = ?1)))"
            + " AND (?2 IS NULL OR r.hour >= ?2)";

    private final Database database;

    public EngagementQueries(Database database) {
        this.database = database;
    }

    /** Zero for every type: callers never meet a missing key. */
    public static Map<EventType, Long> zeroCounts() {
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            counts.put(type, 0L);
        }
        return counts;
    }

    /** Campaigns to filter by, by name. */
    public List<CampaignRef> campaigns() {
        return database.read(sql -> sql.list("SELECT id, name FROM campaign ORDER BY name",
                row -> new CampaignRef(row.getLong(1), row.getString(2))));
    }

    /** Distinct events stored, per type, in the whole workspace. */
    public Map<EventType, Long> countsByType() {
        return countsByType(InsightsScope.ALL);
    }

    public Map<EventType, Long> countsByType(InsightsScope scope) {
        return database.read(sql -> {
            Map<EventType, Long> counts = zeroCounts();
            sql.forEach("SELECT r.type, sum(r.events) FROM engagement_rollup r WHERE " + IN_SCOPE + " GROUP BY r.type",
                    row -> counts.put(EventType.fromCode(row.getString(1)), row.getLong(2)),
                    scope.campaignId(), scope.sinceHour());
            return counts;
        });
    }

    /** Purchase amounts per currency (micros), e.g. {EUR=1234500000}. */
    public Map<String, Long> revenueByCurrency(InsightsScope scope) {
        return database.read(sql -> {
            Map<String, Long> revenue = new TreeMap<>();
            sql.forEach("SELECT coalesce(e.currency, '?'), sum(e.amount_micros) FROM engagement_event e"
                    + " WHERE e.type = 'purchase' AND (?1 IS NULL"
                    + " OR e.post_id IN (SELECT id FROM post WHERE campaign_id = ?1)"
                    + " OR e.poll_id IN (SELECT id FROM poll WHERE campaign_id = ?1))"
                    + " AND (?2 IS NULL OR e.occurred_at >= ?2) GROUP BY 1",
                    row -> revenue.put(row.getString(1), row.getLong(2)),
                    scope.campaignId(), scope.since() == null ? null : scope.since().toString());
            return revenue;
        });
    }

    /** Events per UTC day and type, oldest first; days without events are left out. */
    public List<DailyCounts> daily(InsightsScope scope) {
        return database.read(sql -> {
            Map<LocalDate, Map<EventType, Long>> days = new TreeMap<>();
            sql.forEach("SELECT substr(r.hour, 1, 10), r.type, sum(r.events) FROM engagement_rollup r WHERE " + IN_SCOPE
                    + " GROUP BY 1, 2", row -> days.computeIfAbsent(LocalDate.parse(row.getString(1)), d -> zeroCounts())
                    .put(EventType.fromCode(row.getString(2)), row.getLong(3)), scope.campaignId(), scope.sinceHour());
            List<DailyCounts> result = new ArrayList<>();
            days.forEach((day, counts) -> result.add(new DailyCounts(day, counts)));
            return result;
        });
    }

    /** Event counts per post in the scope, keyed by post id. */
    public Map<Long, Map<EventType, Long>> countsPerPost(InsightsScope scope) {
        return database.read(sql -> countsPerPost(sql, scope));
    }

    /** The posts with the most of {@code rankBy}, best first. */
    public List<TopPost> topPosts(InsightsScope scope, EventType rankBy, int limit) {
        return database.read(sql -> {
            Map<Long, Map<EventType, Long>> counts = countsPerPost(sql, scope);
            Map<Long, Long> revenue = new LinkedHashMap<>();
            sql.forEach("SELECT r.subject_id, sum(r.amount_micros) FROM engagement_rollup r WHERE r.subject_kind = 'post'"
                    + " AND r.type = 'purchase' AND " + IN_SCOPE + " GROUP BY 1",
                    row -> revenue.put(row.getLong(1), row.getLong(2)), scope.campaignId(), scope.sinceHour());
            List<TopPost> posts = sql.list("SELECT id, caption, status FROM post WHERE ?1 IS NULL OR campaign_id = ?1",
                    row -> new TopPost(row.getLong(1), row.getString(2), row.getString(3),
                            counts.getOrDefault(row.getLong(1), zeroCounts()), revenue.getOrDefault(row.getLong(1), 0L)),
                    scope.campaignId());
            posts.sort((a, b) -> Long.compare(b.count(rankBy), a.count(rankBy)));
            return posts.size() > limit ? new ArrayList<>(posts.subList(0, limit)) : posts;
        });
    }

    /** Events of one type per value of a segment dimension, largest first. */
    public Map<String, Long> bySegment(InsightsScope scope, SegmentDimension dimension, EventType type) {
        return database.read(sql -> {
            Map<String, Long> result = new LinkedHashMap<>();
            // the column comes from the enum, never from input
            sql.forEach("SELECT r." + dimension.column() + ", sum(r.events) AS n FROM engagement_rollup r"
                    + " WHERE r.type = ?3 AND " + IN_SCOPE + " GROUP BY 1 ORDER BY n DESC",
                    row -> result.merge(dimension.describe(row.getString(1)), row.getLong(2), Long::sum),
                    scope.campaignId(), scope.sinceHour(), type.code());
            return result;
        });
    }

    private static Map<Long, Map<EventType, Long>> countsPerPost(Sql sql, InsightsScope scope) throws SQLException {
        Map<Long, Map<EventType, Long>> counts = new LinkedHashMap<>();
        sql.forEach("SELECT r.subject_id, r.type, sum(r.events) FROM engagement_rollup r"
                + " WHERE r.subject_kind = 'post' AND " + IN_SCOPE + " GROUP BY 1, 2",
                row -> counts.computeIfAbsent(row.getLong(1), id -> zeroCounts())
                        .put(EventType.fromCode(row.getString(2)), row.getLong(3)), scope.campaignId(), scope.sinceHour());
        return counts;
    }
}
