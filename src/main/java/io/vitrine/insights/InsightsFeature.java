package io.vitrine.insights;

import io.vitrine.workspace.Database;

/**
 * The engagement of one workspace: the store the sync engine writes, and the questions screens, the CLI and
 * reports ask of it (totals, posts, products, funnel, segments; time series and rankings; a post's results).
 */
public record InsightsFeature(EngagementRepository events, InsightsService insights, InsightsSeries series,
                              PostResultsQuery postResults, InsightsOverviewQuery overview) {

    public static InsightsFeature of(Database database) {
        InsightsService insights = new InsightsService(database);
        InsightsSeries series = new InsightsSeries(insights);
        return new InsightsFeature(new EngagementRepository(database), insights, series, new PostResultsQuery(insights, series),
                new InsightsOverviewQuery(insights, series));
    }
}
