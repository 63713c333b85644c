package io.vitrine.insights.chart;

import io.vitrine.common.VitrineException;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Funnel;
import io.vitrine.insights.PostRanking;
import io.vitrine.insights.PostResults;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.RankedPost;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.insights.SegmentRow;
import io.vitrine.insights.TimeSeries;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/** Every chart of the Insights screen by the name the CLI exports it under, and how each is drawn from its data. */
public enum InsightsChart {
    AUDIENCE("audience", "Audience"), SHOPPING("shopping", "Shopping"), REVENUE("revenue", "Revenue"),
    FUNNEL("funnel", "Funnel"), PRODUCTS("products", "Products"), TOP_POSTS("top-posts", "Top posts"),
    REGION("region", "By region"), INTEREST("interest", "By interest"), AGE_BAND("age-band", "By age band"),
    RETURNING("returning", "New or returning"), POST("post", "Post results");

    public static final List<EventType> AUDIENCE_TYPES = List.of(EventType.IMPRESSION, EventType.SMILE, EventType.COMMENT,
            EventType.VOTE);
    public static final List<EventType> SHOPPING_TYPES = List.of(EventType.PRODUCT_CLICK, EventType.ADD_TO_CART,
            EventType.PURCHASE);

    private final String code;
    private final String title;

    InsightsChart(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static InsightsChart fromCode(String code) {
        for (InsightsChart chart : values()) {
            if (chart.code.equals(code.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return chart;
            }
        }
        throw new VitrineException("There is no chart called “" + code + "”.", "Use one of: "
                + Arrays.stream(values()).map(InsightsChart::code).collect(Collectors.joining(", ")) + ".");
    }

    public SegmentDimension dimension() {
        return switch (this) {
            case REGION -> SegmentDimension.REGION;
            case INTEREST -> SegmentDimension.INTEREST;
            case AGE_BAND -> SegmentDimension.AGE_BAND;
            case RETURNING -> SegmentDimension.RETURNING;
            default -> null;
        };
    }

    public static JFreeChart audience(TimeSeries series, ZoneId zone, ChartTheme theme) {
        return TimeCharts.counts(series.bucket().label() + " audience", series, AUDIENCE_TYPES, zone, theme);
    }

    public static JFreeChart shopping(TimeSeries series, ZoneId zone, ChartTheme theme) {
        return TimeCharts.counts(series.bucket().label() + " shopping", series, SHOPPING_TYPES, zone, theme);
    }

    /** The series' first overlay metric alone with its overlays (compare posts or campaigns). */
    public static JFreeChart compared(TimeSeries series, EventType metric, ZoneId zone, ChartTheme theme) {
        return TimeCharts.counts(metric.plural() + " compared", series, List.of(metric), zone, theme);
    }

    public static JFreeChart revenue(TimeSeries series, ZoneId zone, ChartTheme theme) {
        return TimeCharts.revenue(series.bucket().label() + " revenue per currency", series, zone, theme);
    }

    public static JFreeChart funnel(Funnel funnel, ChartTheme theme) {
        return BarCharts.funnel("Funnel: impressions to purchases", funnel, theme);
    }

    public static JFreeChart products(List<ProductTotals> products, ChartTheme theme) {
        return BarCharts.products("Products with the most clicks", products, theme);
    }

    public static JFreeChart topPosts(PostRanking ranking, ChartTheme theme) {
        return BarCharts.posts("Top posts by " + ranking.metric().plural().toLowerCase(Locale.ROOT),
                ranking.top().stream().map(RankedPost::post).toList(), ranking.metric(), theme);
    }

    public static JFreeChart segment(SegmentDimension dimension, List<SegmentRow> rows, ChartTheme theme) {
        return BarCharts.segments("Impressions and product clicks by " + dimension.label().toLowerCase(Locale.ROOT), rows,
                List.of(EventType.IMPRESSION, EventType.PRODUCT_CLICK), theme);
    }

    public static JFreeChart post(PostResults results, ZoneId zone, ChartTheme theme) {
        return TimeCharts.counts(results.post().label(), results.series(), List.of(EventType.IMPRESSION,
                EventType.SMILE, EventType.PRODUCT_CLICK, EventType.PURCHASE), zone, theme);
    }
}
