package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EngagementChanged;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.TopPost;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** Insights section: headline numbers, daily audience and shopping charts, segments, and the posts that sold. */
public final class InsightsView implements SectionView {
    private static final double NUMBER_COLUMN_WIDTH = 132;
    static final List<EventType> AUDIENCE = List.of(EventType.IMPRESSION, EventType.SMILE, EventType.COMMENT, EventType.VOTE);
    static final List<EventType> SHOPPING = List.of(EventType.PRODUCT_CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);

    @FXML
    private ComboBox<CampaignRef> campaignBox;
    @FXML
    private ComboBox<InsightsViewModel.Period> periodBox;
    @FXML
    private Button refreshButton;
    @FXML
    private Button saveChartButton;
    @FXML
    private FlowPane kpiPane;
    @FXML
    private TabPane chartTabs;
    @FXML
    private Tab audienceTab;
    @FXML
    private Tab shoppingTab;
    @FXML
    private Tab regionTab;
    @FXML
    private Tab interestTab;
    @FXML
    private TableView<TopPost> topPostsTable;
    @FXML
    private Label emptyLabel;

    private final Parent root;
    private final StudioContext context;
    private final InsightsViewModel model;
    private final Runnable unsubscribe;

    public InsightsView(StudioContext context) {
        this.context = context;
        this.model = new InsightsViewModel(context.feature(InsightsFeature.class).queries(), context.tasks(),
                Clock.systemUTC());
        root = ViewLoader.load(this);
        campaignBox.setItems(model.campaigns());
        campaignBox.valueProperty().bindBidirectional(model.campaignProperty());
        campaignBox.setConverter(Converters.displaying(CampaignRef::name));
        periodBox.getItems().setAll(InsightsViewModel.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        refreshButton.setOnAction(e -> model.refresh());
        saveChartButton.setOnAction(e -> saveSelectedChart());
        setUpTopPosts();
        model.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        // New events from a sync: refresh if on screen (onShow refreshes otherwise).
        unsubscribe = FxEvents.onFxThread(context.events(), EngagementChanged.class, e -> {
            if (root.getScene() != null) {
                model.refresh();
            }
        });
    }

    private void setUpTopPosts() {
        TableColumn<TopPost, String> caption = new TableColumn<>("Post");
        caption.setCellValueFactory(c -> new ReadOnlyStringWrapper("#" + c.getValue().postId() + "  "
                + firstLine(c.getValue().caption())));
        caption.setPrefWidth(360);
        caption.setMinWidth(200);
        topPostsTable.getColumns().add(caption);
        for (EventType type : List.of(EventType.IMPRESSION, EventType.SMILE, EventType.PRODUCT_CLICK,
                EventType.ADD_TO_CART, EventType.PURCHASE)) {
            TableColumn<TopPost, Long> column = new TableColumn<>(type.plural());
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(type)));
            column.getStyleClass().add("numeric-column");
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Long count, boolean empty) {
                    super.updateItem(count, empty);
                    setText(empty || count == null ? null : Formats.count(count));
                }
            });
            column.setMinWidth(NUMBER_COLUMN_WIDTH); // the header reads whole: "Product clicks"
            topPostsTable.getColumns().add(column);
        }
        TableColumn<TopPost, String> ctr = new TableColumn<>("Click-through");
        ctr.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.percent(c.getValue().clickThroughRate())));
        ctr.setMinWidth(NUMBER_COLUMN_WIDTH);
        topPostsTable.getColumns().add(ctr);
        topPostsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void show(InsightsSnapshot snapshot) {
        kpiPane.getChildren().clear();
        for (EventType type : EventType.values()) {
            kpiPane.getChildren().add(tile(type.plural(), Formats.count(snapshot.totals().get(type)), "kpi-" + type.code()));
        }
        for (Map.Entry<String, Long> revenue : snapshot.revenue().entrySet()) {
            kpiPane.getChildren().add(tile("Revenue", Formats.money(revenue.getValue(), revenue.getKey()), "kpi-revenue"));
        }
        boolean empty = snapshot.daily().isEmpty();
        emptyLabel.setVisible(empty);
        emptyLabel.setManaged(empty);
        chartTabs.setVisible(!empty);
        chartTabs.setManaged(!empty);
        audienceTab.setContent(viewer(InsightsCharts.daily("Audience per day", snapshot.daily(), AUDIENCE)));
        shoppingTab.setContent(viewer(InsightsCharts.daily("Shopping per day", snapshot.daily(), SHOPPING)));
        regionTab.setContent(viewer(InsightsCharts.bars("Product clicks by region", snapshot.clicksByRegion(),
                EventType.PRODUCT_CLICK)));
        interestTab.setContent(viewer(InsightsCharts.bars("Product clicks by interest", snapshot.clicksByInterest(),
                EventType.PRODUCT_CLICK)));
        topPostsTable.getItems().setAll(snapshot.topPosts());
    }

    private static Node tile(String label, String value, String id) {
        Label number = new Label(value);
        number.getStyleClass().add("kpi-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("kpi-label");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("kpi-tile");
        tile.setId(id);
        return tile;
    }

    private static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefHeight(320);
        return viewer;
    }

    private void saveSelectedChart() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        if (tab == null || !(tab.getContent() instanceof ChartViewer viewer)) {
            return;
        }
        JFreeChart chart = viewer.getChart();
        context.dialogs().chooseFileToSave("Save Chart", tab.getText() + ".png",
                        List.of(FileType.of("PNG image", "*.png"), FileType.of("SVG drawing", "*.svg")))
                .ifPresent(file -> context.tasks().submit("Saving " + file.getFileName(), progress -> {
                    InsightsCharts.save(chart, file);
                    return file;
                }, saved -> context.status().notify("Saved chart to " + saved)));
    }

    private static String firstLine(String caption) {
        if (caption == null || caption.isBlank()) {
            return "(no caption)";
        }
        String line = caption.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }

    @Override
    public void dispose() {
        unsubscribe.run();
    }
}
