package io.vitrine.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.demo.DemoWorkspace;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.RankedPost;
import io.vitrine.ui.FxWait;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Insights screen on the demo workspace: every tab, a post's results with pin heat, and saving a chart. */
class InsightsViewTest extends FxRobot {
    @TempDir
    static Path dir;
    static Workspace workspace;
    final ViewFixture fixture = new ViewFixture();
    InsightsView view;

    @BeforeAll
    static void demo() {
        workspace = DemoWorkspace.generate(dir.resolve("demo.vitrine"), DemoWorkspace.DEFAULT_SEED, DemoWorkspace.defaultAnchor());
    }

    @AfterAll
    static void closeDemo() {
        workspace.close();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    private void open() throws Exception {
        view = fixture.show(workspace, InsightsView::new, 1280, 800);
        FxWait.until(() -> lookup("#kpi-impression").tryQuery().isPresent());
        interact(() -> lookup("#periodBox").queryComboBox().getSelectionModel().select(InsightsViewModel.Period.ALL_TIME));
        long impressions = workspace.database() != null ? fixture.context().feature(InsightsFeature.class).insights()
                .summary(InsightsFilter.ALL).totals().count(EventType.IMPRESSION) : 0;
        FxWait.until(() -> lookup("#kpi-impression .kpi-value").queryAs(Label.class).getText().replaceAll("\\D", "")
                .equals(Long.toString(impressions)));
    }

    @Test
    void showsEveryPanelOnTheDemo() throws Exception {
        open();
        assertThat(lookup("#kpi-click-through").tryQuery()).isPresent();
        assertThat(lookup("#kpi-revenue").tryQuery()).isPresent();
        assertThat(lookup(".kpi-change").queryAll()).isNotEmpty();
        assertThat(chartTitle("#time-chart")).contains("audience");
        Snapshots.save(fixture.stage().getScene(), "insights");
        TabPane tabs = lookup("#chartTabs").query();

        select(tabs, 1);
        assertThat(chartTitle("#funnel-chart")).startsWith("Funnel");
        Snapshots.save(fixture.stage().getScene(), "insights-funnel");

        select(tabs, 2);
        TableView<RankedPost> top = lookup("#topPostsTable").queryTableView();
        assertThat(top.getItems()).isNotEmpty();
        assertThat(top.getItems().get(0).post().totals().count(EventType.PRODUCT_CLICK))
                .isGreaterThanOrEqualTo(top.getItems().get(top.getItems().size() - 1).post().totals().count(EventType.PRODUCT_CLICK));
        assertThat(lookup("#bottomPostsTable").queryTableView().getItems()).isNotEmpty();
        Snapshots.save(fixture.stage().getScene(), "insights-posts");

        select(tabs, 3);
        TableView<?> products = lookup("#productsTable").queryTableView();
        assertThat(products.getItems()).isNotEmpty();
        interact(() -> products.getSelectionModel().select(0));
        FxWait.until(() -> !lookup("#productSourcesTable").queryTableView().getItems().isEmpty());
        TableView<PublicationTotals> sources = lookup("#productSourcesTable").queryTableView();
        assertThat(sources.getItems()).allSatisfy(s -> assertThat(s.totals().count(EventType.PRODUCT_CLICK)).isPositive());
        Snapshots.save(fixture.stage().getScene(), "insights-products");

        select(tabs, 4);
        assertThat(lookup("#segments-region").tryQuery()).isPresent();
        assertThat(lookup("#segments-returning").tryQuery()).isPresent();
        Snapshots.save(fixture.stage().getScene(), "insights-segments");
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void opensAPostsResultsWithThePinsHeatAndComesBack() throws Exception {
        open();
        select(lookup("#chartTabs").query(), 2);
        TableView<RankedPost> top = lookup("#topPostsTable").queryTableView();
        long best = top.getItems().get(0).post().id();
        interact(() -> view.open(best));
        FxWait.until(() -> lookup("#postResults").query().getParent().isVisible());
        assertThat(lookup("#postResultsTitle").queryAs(Label.class).getText()).startsWith("#" + best);
        FxWait.until(() -> !lookup("#pinHeat .pin-heat").queryAll().isEmpty());
        double largest = lookup("#pinHeat .pin-heat").queryAllAs(Circle.class).stream().mapToDouble(Circle::getRadius).max().orElse(0);
        assertThat(largest).isEqualTo(22.0); // the busiest pin: 7 + 15 × 1
        assertThat(lookup("#postProductsTable").queryTableView().getItems()).isNotEmpty();
        Snapshots.save(fixture.stage().getScene(), "insights-post-results");
        clickOn("#backToInsights");
        assertThat(lookup("#postResults").query().getParent().isVisible()).isFalse();
        assertThat(lookup("#kpi-impression").query().isVisible()).isTrue();
    }

    @Test
    void savesTheShownChartAsSvgAndPng() throws Exception {
        open();
        fixture.dialogs.answerFile(dir.resolve("time.svg"));
        clickOn("#time-svg");
        FxWait.until(() -> fixture.status.noticeProperty().get() != null && fixture.status.noticeProperty().get().startsWith("Saved chart"));
        assertThat(Files.readString(dir.resolve("time.svg"))).contains("<svg").contains("Impressions");
        fixture.dialogs.answerFile(dir.resolve("time.png"));
        clickOn("#time-png");
        FxWait.until(() -> Files.exists(dir.resolve("time.png")) && Files.size(dir.resolve("time.png")) > 1000);
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    private void select(TabPane tabs, int index) {
        interact(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String chartTitle(String pane) {
        Node chart = lookup(pane + " .chart-viewer").tryQuery().orElseGet(() -> lookup(pane).query());
        ChartViewer viewer = lookup(pane).queryAs(ChartPane.class).getChildren().stream()
                .filter(ChartViewer.class::isInstance).map(ChartViewer.class::cast).findFirst().orElseThrow();
        assertThat(chart).isNotNull();
        return viewer.getChart().getTitle().getText();
    }
}
