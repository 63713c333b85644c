package io.vitrine.insights.ui;

import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EngagementChanged;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.InsightsOverview;
import io.vitrine.insights.InsightsSeries;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.insights.TimeBucket;
import io.vitrine.insights.chart.InsightsChart;
import io.vitrine.ui.Converters;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Insights section: headline tiles against the previous period, series over time with overlays, the funnel,
 * top and bottom posts, products with their sources, segments as heat tables, and a post's results. The
 * view binds and shows; {@link InsightsViewModel} loads (off the FX thread, a new filter cancelling the old load).
 */
public final class InsightsView implements SectionView {
    private static final List<String> SERIES = List.of("Audience", "Shopping", "Revenue");

    @FXML private VBox dashboard;
    @FXML private VBox resultsHolder;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private ComboBox<CampaignRef> campaignBox;
    @FXML private ComboBox<InsightsViewModel.Period> periodBox;
    @FXML private ComboBox<TimeBucket> bucketBox;
    @FXML private Button refreshButton;
    @FXML private Label periodLabel;
    @FXML private FlowPane kpiPane;
    @FXML private Label emptyLabel;
    @FXML private TabPane chartTabs;
    @FXML private ComboBox<String> seriesBox;
    @FXML private ComboBox<InsightsSeries.Overlay> compareBox;
    @FXML private Button clearCompareButton;
    @FXML private ComboBox<EventType> metricBox;
    @FXML private StackPane timeChartHolder;
    @FXML private StackPane funnelChartHolder;
    @FXML private Label topTitle;
    @FXML private Label bottomTitle;
    @FXML private StackPane topHolder;
    @FXML private StackPane bottomHolder;
    @FXML private StackPane productsHolder;
    @FXML private VBox segmentsBox;

    private final Parent root;
    private final InsightsViewModel model;
    private final ChartPane timeChart;
    private final ChartPane funnelChart;
    private final PostRankingTable top;
    private final PostRankingTable bottom;
    private final ProductsPanel products;
    private final PostResultsPane results;
    private final Runnable unsubscribe;

    public InsightsView(StudioContext context) {
        this.model = new InsightsViewModel(context.feature(InsightsFeature.class), context.tasks(), context.dialogs(), Clock.systemUTC());
        root = ViewLoader.load(this);
        timeChart = new ChartPane(context, "time", 340);
        funnelChart = new ChartPane(context, "funnel", 340);
        top = new PostRankingTable("topPostsTable", model::openPost);
        bottom = new PostRankingTable("bottomPostsTable", model::openPost);
        products = new ProductsPanel(model::openProduct, model::openPost, model.productSources());
        results = new PostResultsPane(context, this::closeResults);
        timeChartHolder.getChildren().setAll(timeChart);
        funnelChartHolder.getChildren().setAll(funnelChart);
        topHolder.getChildren().setAll(top);
        bottomHolder.getChildren().setAll(bottom);
        productsHolder.getChildren().setAll(products);
        resultsHolder.getChildren().setAll(results);
        bindFilter();
        model.overviewProperty().addListener((obs, old, overview) -> show(overview));
        model.postResultsProperty().addListener((obs, old, post) -> {
            if (post != null) {
                results.show(post, model.zone());
                showResults(true);
            }
        });
        // New events from a sync: refresh if on screen (onShow refreshes otherwise).
        unsubscribe = FxEvents.onFxThread(context.events(), EngagementChanged.class, e -> {
            if (root.getScene() != null) {
                model.refresh();
            }
        });
    }

    private void bindFilter() {
        campaignBox.setItems(model.campaigns());
        campaignBox.valueProperty().bindBidirectional(model.campaignProperty());
        campaignBox.setConverter(Converters.displaying(CampaignRef::name));
        periodBox.getItems().setAll(InsightsViewModel.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        List<TimeBucket> buckets = new ArrayList<>(Arrays.asList((TimeBucket) null));
        buckets.addAll(List.of(TimeBucket.values()));
        bucketBox.getItems().setAll(buckets);
        bucketBox.valueProperty().bindBidirectional(model.bucketProperty());
        bucketBox.setConverter(Converters.displaying(b -> b == null ? "Auto" : b.label()));
        bucketBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TimeBucket item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "Auto" : item.label());
            }
        });
        metricBox.getItems().setAll(EventType.values());
        metricBox.valueProperty().bindBidirectional(model.metricProperty());
        metricBox.setConverter(Converters.displaying(EventType::plural));
        seriesBox.getItems().setAll(SERIES);
        seriesBox.setValue(SERIES.get(0));
        seriesBox.valueProperty().addListener((obs, old, now) -> show(model.overviewProperty().get()));
        compareBox.setConverter(Converters.displaying(InsightsSeries.Overlay::label));
        compareBox.setOnAction(e -> {
            InsightsSeries.Overlay chosen = compareBox.getValue();
            if (chosen != null) {
                model.compare(chosen);
                javafx.application.Platform.runLater(() -> compareBox.getSelectionModel().clearSelection());
            }
        });
        clearCompareButton.setOnAction(e -> model.overlays().clear());
        clearCompareButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.overlays()));
        refreshButton.setOnAction(e -> model.refresh());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
    }

    private void show(InsightsOverview overview) {
        if (overview == null) {
            return;
        }
        ZoneId zone = ZoneId.of(overview.timeZone());
        periodLabel.setText(overview.summary().period() == null ? "No events yet · days in " + overview.timeZone()
                : overview.summary().period().from() + " to " + overview.summary().period().to() + " · days in "
                + overview.timeZone() + " · " + overview.series().bucket().label().toLowerCase(Locale.ROOT) + " buckets");
        kpiPane.getChildren().setAll(KpiTiles.of(overview.summary()));
        boolean empty = overview.summary().totals().events().total() == 0;
        emptyLabel.setVisible(empty);
        emptyLabel.setManaged(empty);
        String series = seriesBox.getValue();
        EventType metric = model.metricProperty().get();
        if (!overview.series().overlays().isEmpty()) {
            timeChart.show(theme -> InsightsChart.compared(overview.series(), metric, zone, theme));
        } else if ("Shopping".equals(series)) {
            timeChart.show(theme -> InsightsChart.shopping(overview.series(), zone, theme));
        } else if ("Revenue".equals(series)) {
            timeChart.show(theme -> InsightsChart.revenue(overview.series(), zone, theme));
        } else {
            timeChart.show(theme -> InsightsChart.audience(overview.series(), zone, theme));
        }
        funnelChart.show(theme -> InsightsChart.funnel(overview.funnel(), theme));
        topTitle.setText("Top posts by " + metric.plural().toLowerCase(Locale.ROOT));
        bottomTitle.setText("Bottom posts by " + metric.plural().toLowerCase(Locale.ROOT) + " (published)");
        top.show(overview.ranking().top(), metric);
        bottom.show(overview.ranking().bottom(), metric);
        products.show(overview.products());
        segmentsBox.getChildren().clear();
        for (SegmentDimension dimension : SegmentDimension.values()) {
            segmentsBox.getChildren().add(new SegmentHeatTable(dimension, overview.segments().get(dimension)));
        }
        List<InsightsSeries.Overlay> choices = new ArrayList<>();
        overview.posts().forEach(p -> choices.add(new InsightsSeries.Overlay(p.label(), p.id(), null)));
        model.campaigns().stream().filter(c -> c.id() >= 0)
                .forEach(c -> choices.add(new InsightsSeries.Overlay("Campaign " + c.name(), null, c.id())));
        compareBox.getItems().setAll(choices);
    }

    private void showResults(boolean visible) {
        resultsHolder.setVisible(visible);
        resultsHolder.setManaged(visible);
        dashboard.setVisible(!visible);
        dashboard.setManaged(!visible);
    }

    private void closeResults() {
        showResults(false);
        model.closePost();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }

    /** Shows a post's results (from the post list or the composer, through the shell). */
    @Override
    public void open(long postId) {
        model.openPost(postId);
    }

    @Override
    public void dispose() {
        unsubscribe.run();
    }
}
