package io.vitrine.report;

import io.vitrine.brand.PublishState;
import io.vitrine.insights.BrandClock;
import io.vitrine.insights.EventTimes;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.InsightsSeries;
import io.vitrine.insights.InsightsService;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.Summary;
import io.vitrine.insights.TimeBucket;
import io.vitrine.report.ReportRows.Inventory;
import io.vitrine.report.ReportRows.PostRow;
import io.vitrine.report.ReportRows.ReportData;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report's reads. Figures come from {@link InsightsService} (the rollups), so the workbook says what the
 * screen says; only the raw-events sheets read the events themselves. Every value is a bound parameter.
 */
final class ReportRepository {
    private static final String EVENT_IN_SCOPE = "(?1 IS NULL"
            + " OR e.post_id IN (SELECT id FROM post WHERE campaign_id = ?1)"
            + " OR e.poll_id IN (SELECT id FROM poll WHERE campaign_id = ?1))"
            + " AND (?2 IS NULL OR e.occurred_at >= ?2) AND (?3 IS NULL OR e.occurred_at < ?3)";
    static final String EVENT_COLUMNS = "e.event_id, e.type, e.occurred_at, e.post_id, e.poll_id, e.option_position,"
            + " e.item_id, e.amount_micros, e.currency, e.comment_text, e.interest, e.region, e.age_band, e.is_returning";

    private final Database database;
    private final InsightsService insights;
    private final InsightsSeries series;

    ReportRepository(Database database, InsightsService insights, InsightsSeries series) {
        this.database = database;
        this.insights = insights;
        this.series = series;
    }

    Optional<ReportScope> campaign(String name) {
        return database.read(sql -> sql.one("SELECT id, name FROM campaign WHERE name = ?",
                row -> new ReportScope(row.getLong(1), row.getString(2)), name));
    }

    List<ReportScope> campaigns() {
        return database.read(sql -> sql.list("SELECT id, name FROM campaign ORDER BY name",
                row -> new ReportScope(row.getLong(1), row.getString(2))));
    }

    BrandClock clock() {
        return insights.clock();
    }

    ReportData data(String workspaceName, ReportOptions options, Instant generatedAt) {
        InsightsFilter filter = new InsightsFilter(options.period(), options.scope().campaignId());
        BrandClock clock = insights.clock();
        Summary summary = insights.summary(filter);
        List<PostRow> posts = posts(filter);
        List<ProductTotals> products = insights.products(filter);
        TreeSet<String> currencies = new TreeSet<>();
        summary.totals().revenue().forEach(m -> currencies.add(m.currency()));
        if (summary.previous() != null) {
            summary.previous().revenue().forEach(m -> currencies.add(m.currency()));
        }
        InsightsFilter daily = summary.period() == null ? filter : filter.during(summary.period());
        return new ReportData(workspaceName, options.scope(), summary.period(), clock.zone(), generatedAt,
                inventory(options.scope()), summary, insights.funnel(filter),
                series.series(daily, TimeBucket.DAY), posts, products, List.copyOf(currencies));
    }

    private Inventory inventory(ReportScope scope) {
        Long c = scope.campaignId();
        return database.read(sql -> new Inventory(
                sql.scalar("SELECT count(*) FROM post WHERE ?1 IS NULL OR campaign_id = ?1", c),
                sql.scalar("SELECT count(*) FROM post WHERE (?1 IS NULL OR campaign_id = ?1) AND status = ?2", c,
                        PublishState.PUBLISHED),
                sql.scalar("SELECT count(*) FROM poll WHERE ?1 IS NULL OR campaign_id = ?1", c)));
    }

    private List<PostRow> posts(InsightsFilter filter) {
        Map<Long, PublicationTotals> figures = new java.util.HashMap<>();
        insights.posts(filter).forEach(p -> figures.put(p.id(), p));
        return database.read(sql -> sql.list("SELECT p.id, p.caption, c.name, p.status, p.scheduled_at, p.published_at,"
                    + " (SELECT count(*) FROM post_image i WHERE i.post_id = p.id),"
                    + " (SELECT count(*) FROM post_tag t WHERE t.post_id = p.id)"
                    + " FROM post p LEFT JOIN campaign c ON c.id = p.campaign_id"
                    + " WHERE ?1 IS NULL OR p.campaign_id = ?1 ORDER BY coalesce(p.published_at, p.scheduled_at, p.created_at), p.id",
                    row -> new PostRow(figures.getOrDefault(row.getLong(1), new PublicationTotals("post", row.getLong(1),
                            row.getString(2), row.getString(4), io.vitrine.insights.Totals.NONE)), row.getString(3),
                            instant(row.getString(5)), instant(row.getString(6)), row.getLong(7), row.getLong(8)),
                    filter.campaignId()));
    }

    /** The polls in the scope, oldest first. */
    List<Long> pollIds(ReportScope scope) {
        return database.read(sql -> sql.list("SELECT id FROM poll WHERE ?1 IS NULL OR campaign_id = ?1 ORDER BY id",
                row -> row.getLong(1), scope.campaignId()));
    }

    /** Streams the raw events of the scope and period in time order. */
    void forEachEvent(ReportScope scope, InsightsPeriod period, Sql.RowConsumer consumer) {
        String[] bounds = period == null ? new String[2] : EventTimes.bounds(period, insights.clock());
        database.read(sql -> {
            sql.forEach("SELECT " + EVENT_COLUMNS + " FROM engagement_event e WHERE " + EVENT_IN_SCOPE
                    + " ORDER BY e.occurred_at, e.event_id", consumer, scope.campaignId(), bounds[0], bounds[1]);
            return null;
        });
    }

    private static Instant instant(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // an unreadable stored time leaves the cell empty rather than failing the report
        }
    }
}
