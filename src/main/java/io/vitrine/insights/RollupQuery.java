package io.vitrine.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a question over one rollup table: period, campaign and publications, as fixed SQL
 * fragments with every value bound ({@code ?}). The period is cut on the brand's clock: hour buckets from
 * the start of the first day to the start of the day after the last, or day keys between the two.
 */
final class RollupQuery {
    private static final String CAMPAIGN = "((subject_kind = 'post' AND subject_id IN (SELECT id FROM post WHERE campaign_id = ?))"
            + " OR (subject_kind = 'poll' AND subject_id IN (SELECT id FROM poll WHERE campaign_id = ?)))";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();

    /** A filter over {@code insights_hourly} (hour buckets) or one of the daily tables (day keys). */
    static RollupQuery of(InsightsFilter filter, BrandClock clock, boolean hourly) {
        RollupQuery query = new RollupQuery();
        InsightsPeriod period = filter.period();
        if (period != null && hourly) {
            query.and("hour >= ? AND hour < ?", clock.dayStart(period.from()).toString(),
                    clock.dayStart(period.to().plusDays(1)).toString());
        } else if (period != null) {
            query.and("day >= ? AND day <= ?", period.from().toString(), period.to().toString());
        }
        if (filter.campaignId() != null) {
            query.and(CAMPAIGN, filter.campaignId(), filter.campaignId());
        }
        return query;
    }

    /** A filter over {@code insights_segment_daily}: the workspace's rows (campaign 0) or one campaign's, by day. */
    static RollupQuery segments(InsightsFilter filter) {
        RollupQuery query = new RollupQuery().and("campaign_id = ?", filter.campaignId() == null ? 0L : filter.campaignId());
        if (filter.period() != null) {
            query.and("day >= ? AND day <= ?", filter.period().from().toString(), filter.period().to().toString());
        }
        return query;
    }

    RollupQuery postsOnly() {
        return and("subject_kind = 'post'");
    }

    RollupQuery post(long postId) {
        return and("subject_kind = 'post' AND subject_id = ?", postId);
    }

    /** Only these posts (ids bound one by one). */
    RollupQuery posts(List<Long> postIds) {
        String marks = String.join(", ", java.util.Collections.nCopies(Math.max(1, postIds.size()), "?"));
        return and("subject_kind = 'post' AND subject_id IN (" + marks + ")", postIds.isEmpty() ? List.of(-1L).toArray() : postIds.toArray());
    }

    RollupQuery item(String itemId) {
        return and("item_id = ?", itemId);
    }

    RollupQuery and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        params.addAll(List.of(values));
        return this;
    }

    String where() {
        return where.toString();
    }

    Object[] params() {
        return params.toArray();
    }
}
