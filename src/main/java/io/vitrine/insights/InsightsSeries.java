package io.vitrine.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time series over the hourly rollups: the filter's events per hour, day or week with overlays (a few posts or
 * campaigns compared on one metric), and top/bottom posts with a daily sparkline each.
 */
public final class InsightsSeries {
    /** What to draw as an extra line: one post or one campaign (exactly one id set). */
    public record Overlay(String label, Long postId, Long campaignId) {
    }

    private final InsightsService insights;
    private final InsightsRepository repository;

    public InsightsSeries(InsightsService insights) {
        this.insights = insights;
        this.repository = insights.repository();
    }

    /** The filter's series; bucket null = chosen from the period's length (hour, day or week). */
    public TimeSeries series(InsightsFilter filter, TimeBucket bucket) {
        return series(filter, bucket, null);
    }

    TimeSeries series(InsightsFilter filter, TimeBucket bucket, Long postId) {
        BrandClock clock = insights.clock();
        InsightsPeriod period = filter.period() != null ? filter.period() : insights.dataPeriod(
                        postId == null ? RollupQuery.of(filter, clock, false) : RollupQuery.of(filter, clock, false).post(postId))
                .orElse(InsightsPeriod.lastDays(1, clock.day(Instant.now())));
        TimeBucket cut = bucket == null ? TimeBucket.forDays(period.days()) : bucket;
        SeriesBuckets buckets = new SeriesBuckets(cut, period, clock);
        RollupQuery scope = RollupQuery.of(new InsightsFilter(period, filter.campaignId()), clock, buckets.hourly());
        if (postId != null) {
            scope.post(postId);
        }
        Map<EventType, long[]> counts = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            counts.put(type, new long[buckets.size()]);
        }
        Map<String, long[]> revenue = new TreeMap<>();
        for (InsightsRepository.Row row : repository.sums(table(buckets), key(buckets), scope)) {
            int i = buckets.indexOf(row.key());
            if (i >= 0) {
                counts.get(row.type())[i] += row.events();
                if (row.type() == EventType.PURCHASE) {
                    revenue.computeIfAbsent(row.currency(), c -> new long[buckets.size()])[i] += row.amountMicros();
                }
            }
        }
        return new TimeSeries(cut, period, buckets.starts(), counts, revenue, List.of());
    }

    /** The series with one line of {@code metric} per overlay, over the same buckets. */
    public TimeSeries withOverlays(TimeSeries series, InsightsFilter filter, EventType metric, List<Overlay> overlays) {
        BrandClock clock = insights.clock();
        SeriesBuckets buckets = new SeriesBuckets(series.bucket(), series.period(), clock);
        List<TimeSeries.Line> lines = new ArrayList<>();
        for (Overlay overlay : overlays) {
            InsightsFilter scope = new InsightsFilter(series.period(),
                    overlay.campaignId() != null ? overlay.campaignId() : filter.campaignId());
            RollupQuery query = RollupQuery.of(scope, clock, buckets.hourly()).and("type = ?", metric.code());
            if (overlay.postId() != null) {
                query.post(overlay.postId());
            }
            long[] values = new long[buckets.size()];
            for (InsightsRepository.Row row : repository.sums(table(buckets), key(buckets), query)) {
                int i = buckets.indexOf(row.key());
                if (i >= 0) {
                    values[i] += row.events();
                }
            }
            lines.add(new TimeSeries.Line(overlay.label(), metric, values));
        }
        return series.withOverlays(lines);
    }

    /** The {@code size} posts with the most and the fewest of {@code metric}, each with its daily sparkline. */
    public PostRanking ranking(InsightsFilter filter, EventType metric, int size) {
        return ranking(filter, insights.posts(filter), metric, size);
    }

    /** The same from the filter's posts already read (the screen reads them once for its table too). */
    public PostRanking ranking(InsightsFilter filter, List<PublicationTotals> all, EventType metric, int size) {
        List<PublicationTotals> posts = new ArrayList<>(all);
        posts.sort(Comparator.comparingLong((PublicationTotals p) -> -p.totals().count(metric))
                .thenComparingLong(PublicationTotals::id));
        List<PublicationTotals> top = posts.subList(0, Math.min(size, posts.size()));
        List<PublicationTotals> rest = new ArrayList<>(posts.subList(top.size(), posts.size()));
        rest.removeIf(p -> !"published".equals(p.status()));
        java.util.Collections.reverse(rest);
        List<PublicationTotals> bottom = rest.subList(0, Math.min(size, rest.size()));
        Map<Long, long[]> lines = sparklines(filter, metric, top, bottom);
        return new PostRanking(metric, ranked(top, lines), ranked(bottom, lines));
    }

    private Map<Long, long[]> sparklines(InsightsFilter filter, EventType metric, List<PublicationTotals> top,
                                         List<PublicationTotals> bottom) {
        List<Long> ids = new ArrayList<>();
        top.forEach(p -> ids.add(p.id()));
        bottom.forEach(p -> ids.add(p.id()));
        BrandClock clock = insights.clock();
        InsightsPeriod period = filter.period() != null ? filter.period()
                : insights.dataPeriod(RollupQuery.of(filter, clock, false)).orElse(null);
        Map<Long, long[]> lines = new HashMap<>();
        if (period == null) {
            ids.forEach(id -> lines.put(id, new long[0]));
            return lines;
        }
        SeriesBuckets days = new SeriesBuckets(TimeBucket.DAY, period, clock);
        ids.forEach(id -> lines.put(id, new long[days.size()]));
        RollupQuery query = RollupQuery.of(new InsightsFilter(period, filter.campaignId()), clock, false)
                .and("type = ?", metric.code()).posts(ids);
        for (InsightsRepository.Row row : repository.sums(InsightsService.DAILY, "subject_id || ' ' || day", query)) {
            String[] parts = row.key().split(" ");
            int i = days.indexOf(parts[1]);
            if (i >= 0) {
                lines.get(Long.parseLong(parts[0]))[i] += row.events();
            }
        }
        return lines;
    }

    private static String table(SeriesBuckets buckets) {
        return buckets.hourly() ? InsightsService.HOURLY : InsightsService.DAILY;
    }

    private static String key(SeriesBuckets buckets) {
        return buckets.hourly() ? "hour" : "day";
    }

    private static List<RankedPost> ranked(List<PublicationTotals> posts, Map<Long, long[]> lines) {
        return posts.stream().map(p -> new RankedPost(p, lines.get(p.id()))).toList();
    }
}
