package io.vitrine.insights;

import io.vitrine.common.Progress;
import java.util.List;

/**
 * Reads the whole Insights screen for a filter with as few queries as it takes: the funnel comes from the
 * summary's totals and the top and bottom posts from the post table. Between steps it checks whether the
 * person changed the filter meanwhile (cancelled), so an outdated load stops instead of finishing.
 */
public final class InsightsOverviewQuery {
    private final InsightsService insights;
    private final InsightsSeries series;

    public InsightsOverviewQuery(InsightsService insights, InsightsSeries series) {
        this.insights = insights;
        this.series = series;
    }

    /** {@code bucket} null = chosen from the period; overlays drawn with {@code compareOn}; posts ranked on {@code rankBy}. */
    public InsightsOverview load(InsightsFilter filter, TimeBucket bucket, EventType rankBy, int rankSize,
                                 EventType compareOn, List<InsightsSeries.Overlay> overlays, Progress progress) {
        String zone = insights.clock(progress).zone().getId();
        progress.checkCancelled();
        Summary summary = insights.summary(filter);
        progress.checkCancelled();
        TimeSeries timeline = series.series(filter, bucket);
        if (!overlays.isEmpty()) {
            progress.checkCancelled();
            timeline = series.withOverlays(timeline, filter, compareOn, overlays);
        }
        progress.checkCancelled();
        List<PublicationTotals> posts = insights.posts(filter);
        progress.checkCancelled();
        List<ProductTotals> products = insights.products(filter);
        progress.checkCancelled();
        var segments = insights.segments(filter);
        progress.checkCancelled();
        PostRanking ranking = series.ranking(filter, posts, rankBy, rankSize);
        return new InsightsOverview(filter, zone, summary, Funnel.of(summary.totals().events()), timeline, posts, products,
                segments, ranking);
    }
}
