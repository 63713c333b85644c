package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.report.ReportRows.Daily;
import io.vitrine.report.ReportRows.Kpis;
import io.vitrine.report.ReportRows.PollOptionRow;
import io.vitrine.report.ReportRows.PostRow;
import io.vitrine.report.ReportRows.SegmentVotes;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report's reads. Aggregates come from the hourly rollups (fast over millions of events); only
 * the raw-events sheet and revenue per currency read the events themselves. Every query takes the
 * campaign id as a bound parameter; NULL means the whole workspace.
 */
final class ReportRepository {
    /** True for rollup rows (alias r) whose post or poll belongs to the scope ?1. */
    private static final String ROLLUP_IN_SCOPE = "(?1 IS NULL"
            + " OR (r.subject_kind = 'post' AND r.subject_id IN (SELECT id FROM post WHERE campaign_id = ?1))"
            + " OR (r.subject_kind = 'poll' AND r.subject_id IN (SELECT id FROM poll WHERE campaign_id = ?1)))";
    private static final String EVENT_IN_SCOPE = "(?1 IS NULL"
            + " OR e.post_id IN (SELECT id FROM post WHERE campaign_id = ?1)"
            + " OR e.poll_id IN (SELECT id FROM poll WHERE campaign_id = ?1))";
    /** The segment dimensions of the rollup, with the label a reader sees. */
    private static final Map<String, String> SEGMENT_COLUMNS = Map.of(
            "interest", "Interest", "region", "Region", "age_band", "Age band", "is_returning", "New vs returning");

    private final Database database;

    ReportRepository(Database database) {
        this.database = database;
    }

    Optional<ReportScope> campaign(String name) {
        return database.read(sql -> sql.one("SELECT id, name FROM campaign WHERE name = ?",
                row -> new ReportScope(row.getLong(1), row.getString(2)), name));
    }

    List<ReportScope> campaigns() {
        return database.read(sql -> sql.list("SELECT id, name FROM campaign ORDER BY name",
                row -> new ReportScope(row.getLong(1), row.getString(2))));
    }

    Kpis kpis(ReportScope scope) {
        Long c = scope.campaignId();
        return database.read(sql -> {
            long posts = sql.scalar("SELECT count(*) FROM post WHERE ?1 IS NULL OR campaign_id = ?1", c);
            long published = sql.scalar("SELECT count(*) FROM post WHERE (?1 IS NULL OR campaign_id = ?1)"
                    + " AND status = 'published'", c);
            long polls = sql.scalar("SELECT count(*) FROM poll WHERE ?1 IS NULL OR campaign_id = ?1", c);
            Map<EventType, Long> events = ReportRows.zeroCounts();
            sql.forEach("SELECT r.type, sum(r.events) FROM engagement_rollup r WHERE " + ROLLUP_IN_SCOPE
                    + " GROUP BY r.type", row -> events.put(EventType.fromCode(row.getString(1)), row.getLong(2)), c);
            Map<String, Long> revenue = new TreeMap<>();
            sql.forEach("SELECT coalesce(e.currency, '?'), sum(e.amount_micros) FROM engagement_event e"
                    + " WHERE e.type = 'purchase' AND " + EVENT_IN_SCOPE + " GROUP BY 1",
                    row -> revenue.put(row.getString(1), row.getLong(2)), c);
            return new Kpis(posts, published, polls, events, revenue);
        });
    }

    List<Daily> daily(ReportScope scope) {
        return database.read(sql -> {
            Map<LocalDate, Map<EventType, Long>> days = new TreeMap<>();
            sql.forEach("SELECT substr(r.hour, 1, 10), r.type, sum(r.events) FROM engagement_rollup r WHERE "
                    + ROLLUP_IN_SCOPE + " GROUP BY 1, 2", row -> days
                    .computeIfAbsent(LocalDate.parse(row.getString(1)), d -> ReportRows.zeroCounts())
                    .put(EventType.fromCode(row.getString(2)), row.getLong(3)), scope.campaignId());
            List<Daily> result = new ArrayList<>();
            days.forEach((day, counts) -> result.add(new Daily(day, counts)));
            return result;
        });
    }

    List<PostRow> posts(ReportScope scope) {
        return database.read(sql -> {
            Map<Long, Map<EventType, Long>> counts = subjectCounts(sql, "post", scope);
            return sql.list("SELECT p.id, p.caption, c.name, p.status, p.scheduled_at, p.published_at,"
                    + " (SELECT count(*) FROM post_image i WHERE i.post_id = p.id),"
                    + " (SELECT count(*) FROM post_tag t WHERE t.post_id = p.id),"
                    + " (SELECT coalesce(sum(r.amount_micros), 0) FROM engagement_rollup r"
                    + "   WHERE r.subject_kind = 'post' AND r.subject_id = p.id AND r.type = 'purchase')"
                    + " FROM post p LEFT JOIN campaign c ON c.id = p.campaign_id"
                    + " WHERE ?1 IS NULL OR p.campaign_id = ?1 ORDER BY coalesce(p.published_at, p.scheduled_at, p.created_at), p.id",
                    row -> new PostRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getLong(7), row.getLong(8),
                            counts.getOrDefault(row.getLong(1), ReportRows.zeroCounts()), row.getLong(9)),
                    scope.campaignId());
        });
    }

    List<PollOptionRow> pollOptions(ReportScope scope) {
        return database.read(sql -> sql.list("SELECT p.id, p.question, p.status, o.position, o.label, o.item_id,"
                + " (SELECT coalesce(sum(r.events), 0) FROM engagement_rollup r WHERE r.subject_kind = 'poll'"
                + "   AND r.subject_id = p.id AND r.type = 'vote' AND r.option_position = o.position),"
                + " (SELECT coalesce(sum(r.events), 0) FROM engagement_rollup r WHERE r.subject_kind = 'poll'"
                + "   AND r.subject_id = p.id AND r.type = 'impression' AND r.option_position = o.position)"
                + " FROM poll p JOIN poll_option o ON o.poll_id = p.id"
                + " WHERE ?1 IS NULL OR p.campaign_id = ?1 ORDER BY p.id, o.position",
                row -> new PollOptionRow(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getLong(7), row.getLong(8)), scope.campaignId()));
    }

    /** Votes per poll option for every value of every segment dimension. */
    List<SegmentVotes> segmentVotes(ReportScope scope) {
        return database.read(sql -> {
            List<SegmentVotes> result = new ArrayList<>();
            for (Map.Entry<String, String> dimension : new TreeMap<>(SEGMENT_COLUMNS).entrySet()) {
                // the column name comes from the fixed map above, never from input
                String column = "r." + dimension.getKey();
                result.addAll(sql.list("SELECT p.id, p.question, " + column + ", r.option_position, o.label, sum(r.events)"
                        + " FROM engagement_rollup r JOIN poll p ON r.subject_kind = 'poll' AND p.id = r.subject_id"
                        + " JOIN poll_option o ON o.poll_id = p.id AND o.position = r.option_position"
                        + " WHERE r.type = 'vote' AND (?1 IS NULL OR p.campaign_id = ?1)"
                        + " GROUP BY p.id, " + column + ", r.option_position ORDER BY p.id, 3, 4",
                        row -> new SegmentVotes(row.getLong(1), row.getString(2), dimension.getValue(),
                                segmentLabel(dimension.getKey(), row.getString(3)), row.getInt(4), row.getString(5),
                                row.getLong(6)), scope.campaignId()));
            }
            return result;
        });
    }

    /** Streams the raw events of the scope in time order. */
    void forEachEvent(ReportScope scope, Sql.RowConsumer consumer) {
        database.read(sql -> {
            sql.forEach("SELECT e.event_id, e.type, e.occurred_at, e.post_id, e.poll_id, e.option_position, e.item_id,"
                    + " e.amount_micros, e.currency, e.comment_text, e.interest, e.region, e.age_band, e.is_returning"
                    + " FROM engagement_event e WHERE " + EVENT_IN_SCOPE + " ORDER BY e.occurred_at, e.event_id",
                    consumer, scope.campaignId());
            return null;
        });
    }

    long eventCount(ReportScope scope) {
        return database.read(sql -> sql.scalar("SELECT coalesce(sum(r.events), 0) FROM engagement_rollup r WHERE "
                + ROLLUP_IN_SCOPE, scope.campaignId()));
    }

    private static Map<Long, Map<EventType, Long>> subjectCounts(Sql sql, String kind, ReportScope scope)
            throws java.sql.SQLException {
        Map<Long, Map<EventType, Long>> counts = new LinkedHashMap<>();
        sql.forEach("SELECT r.subject_id, r.type, sum(r.events) FROM engagement_rollup r"
                + " WHERE r.subject_kind = ?2 AND " + ROLLUP_IN_SCOPE + " GROUP BY 1, 2",
                row -> counts.computeIfAbsent(row.getLong(1), id -> ReportRows.zeroCounts())
                        .put(EventType.fromCode(row.getString(2)), row.getLong(3)), scope.campaignId(), kind);
        return counts;
    }

    private static String segmentLabel(String column, String value) {
        if (column.equals("is_returning")) {
            return switch (value == null ? "" : value) {
                case "1" -> "Returning";
                case "0" -> "New";
                default -> "Unknown";
            };
        }
        return value == null || value.isEmpty() ? "Unknown" : value;
    }
}
