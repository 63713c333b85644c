package io.vitrine.report;

import io.vitrine.brand.PublishState;
import io.vitrine.insights.DailyCounts;
import io.vitrine.insights.EngagementQueries;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsScope;
import io.vitrine.report.ReportRows.Kpis;
import io.vitrine.report.ReportRows.PostRow;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's reads. Aggregates come from the hourly rollups (fast over millions of events); only
 * the raw-events sheet and revenue per currency read the events themselves. Every query takes the
 * campaign id as a bound parameter; NULL means the whole workspace.
 */
final class ReportRepository {
    private static final String EVENT_IN_SCOPE = "(?1 IS NULL"
            + " OR e.post_id IN (SELECT id FROM post WHERE campaign_id = ?1)"
            + " OR e.poll_id IN (SELECT id FROM poll WHERE campaign_id = ?1))";

    private final Database database;
    private final EngagementQueries queries;

    public ReportRepository(Database database, EngagementQueries queries) {
        this.database = database;
        this.queries = queries;
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
        long[] counts = database.read(sql -> new long[] {
                sql.scalar("SELECT count(*) FROM post WHERE ?1 IS NULL OR campaign_id = ?1", c),
                sql.scalar("SELECT count(*) FROM post WHERE (?1 IS NULL OR campaign_id = ?1) AND status = ?2", c,
                        PublishState.PUBLISHED),
                sql.scalar("SELECT count(*) FROM poll WHERE ?1 IS NULL OR campaign_id = ?1", c)});
        InsightsScope insights = InsightsScope.campaign(c);
        return new Kpis(counts[0], counts[1], counts[2], queries.countsByType(insights), queries.revenueByCurrency(insights));
    }

    List<DailyCounts> daily(ReportScope scope) {
        return queries.daily(InsightsScope.campaign(scope.campaignId()));
    }

    List<PostRow> posts(ReportScope scope) {
        Map<Long, Map<EventType, Long>> counts = queries.countsPerPost(InsightsScope.campaign(scope.campaignId()));
        return database.read(sql -> sql.list("SELECT p.id, p.caption, c.name, p.status, p.scheduled_at, p.published_at,"
                    + " (SELECT count(*) FROM post_image i WHERE i.post_id = p.id),"
                    + " (SELECT count(*) FROM post_tag t WHERE t.post_id = p.id),"
                    + " (SELECT coalesce(sum(r.amount_micros), 0) FROM engagement_rollup r"
                    + "   WHERE r.subject_kind = 'post' AND r.subject_id = p.id AND r.type = 'purchase')"
                    + " FROM post p LEFT JOIN campaign c ON c.id = p.campaign_id"
                    + " WHERE ?1 IS NULL OR p.campaign_id = ?1 ORDER BY coalesce(p.published_at, p.scheduled_at, p.created_at), p.id",
                    row -> new PostRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getLong(7), row.getLong(8),
                            counts.getOrDefault(row.getLong(1), EngagementQueries.zeroCounts()), row.getLong(9)),
                    scope.campaignId()));
    }

    /** The polls in the scope, oldest first. */
    List<Long> pollIds(ReportScope scope) {
        return database.read(sql -> sql.list("SELECT id FROM poll WHERE ?1 IS NULL OR campaign_id = ?1 ORDER BY id",
                row -> row.getLong(1), scope.campaignId()));
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
        return queries.countsByType(InsightsScope.campaign(scope.campaignId())).values().stream()
                .mapToLong(Long::longValue).sum();
    }


}
