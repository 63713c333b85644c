package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsSeries;
import io.vitrine.insights.InsightsService;
import io.vitrine.insights.TimeBucket;
import io.vitrine.insights.chart.ChartFiles;
import io.vitrine.insights.chart.ChartTheme;
import io.vitrine.insights.chart.InsightsChart;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio insights export-chart NAME --out F.png|F.svg}: any chart of the Insights screen, drawn without a screen. */
@Command(mixinStandardHelpOptions = true, name = "export-chart", description = {"Save a chart of the Insights screen as PNG or SVG.",
        "NAME: audience, shopping, revenue, funnel, products, top-posts, region, interest, age-band, returning, post (with --post)."})
final class InsightsChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace;
    @Mixin
    InsightsOptions options;
    @Parameters(index = "0", paramLabel = "NAME", description = "Which chart.")
    String name;
    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "F.png or F.svg.")
    Path out;
    @Option(names = "--size", paramLabel = "WxH", description = "Width x height in pixels. Default: 1200x675.")
    String size;
    @Option(names = "--bucket", paramLabel = "hour|day|week", description = "Time series bucket. Default: from the period's length.")
    String bucket;
    @Option(names = "--post", paramLabel = "ID", description = "The post, for the post chart.")
    Long postId;

    @Override
    public Integer call() {
        InsightsChart which = InsightsChart.fromCode(name);
        System.setProperty("java.awt.headless", "true"); // Java2D only: no display needed, none opened
        try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
            InsightsFeature feature = opened.features().insights();
            InsightsFilter filter = options.filter(feature.insights());
            JFreeChart chart = draw(which, feature, filter);
            ChartFiles.write(chart, out, size == null ? ChartFiles.DEFAULT_SIZE : ChartFiles.size(size));
            spec.commandLine().getOut().println("Saved " + which.code() + " chart to " + out.toAbsolutePath());
        }
        return 0;
    }

    private JFreeChart draw(InsightsChart which, InsightsFeature feature, InsightsFilter filter) {
        InsightsService insights = feature.insights();
        InsightsSeries series = feature.series();
        ZoneId zone = insights.clock().zone();
        TimeBucket cut = bucket == null ? null : bucket(bucket);
        ChartTheme theme = ChartTheme.FILE;
        return switch (which) {
            case AUDIENCE -> InsightsChart.audience(series.series(filter, cut), zone, theme);
            case SHOPPING -> InsightsChart.shopping(series.series(filter, cut), zone, theme);
            case REVENUE -> InsightsChart.revenue(series.series(filter, cut), zone, theme);
            case FUNNEL -> InsightsChart.funnel(insights.funnel(filter), theme);
            case PRODUCTS -> InsightsChart.products(insights.products(filter), theme);
            case TOP_POSTS -> InsightsChart.topPosts(series.ranking(filter, EventType.PRODUCT_CLICK, 10), theme);
            case REGION, INTEREST, AGE_BAND, RETURNING ->
                    InsightsChart.segment(which.dimension(), insights.segments(filter).get(which.dimension()), theme);
            case POST -> {
                if (postId == null) {
                    throw new VitrineException("The post chart needs --post ID.", "Give the post's id (./studio insights posts lists them).");
                }
                yield InsightsChart.post(feature.postResults().results(postId, filter), zone, theme);
            }
        };
    }

    private static TimeBucket bucket(String text) {
        try {
            return TimeBucket.fromCode(text);
        } catch (IllegalArgumentException e) {
            throw new VitrineException("--bucket " + text + " is not a bucket.", "Use hour, day or week.");
        }
    }
}
