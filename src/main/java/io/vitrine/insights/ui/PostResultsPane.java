package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.image.ImageStore;
import io.vitrine.insights.EventType;
import io.vitrine.insights.PostResults;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.Totals;
import io.vitrine.insights.chart.InsightsChart;
import io.vitrine.ui.StudioContext;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One post's results: its figures, its series, each tagged product, and its photo with the heat of every pin. */
final class PostResultsPane extends VBox {
    private final StudioContext context;
    private final Label title = new Label();
    private final Label figures = new Label();
    private final ChartPane chart;
    private final TableView<ProductTotals> products = new TableView<>();
    private final PinHeatView heat = new PinHeatView();

    PostResultsPane(StudioContext context, Runnable back) {
        super(12);
        this.context = context;
        setId("postResults");
        Button backButton = new Button("← Back to Insights");
        backButton.setId("backToInsights");
        backButton.setOnAction(e -> back.run());
        title.getStyleClass().add("title-3");
        title.setId("postResultsTitle");
        figures.getStyleClass().add("text-muted");
        figures.setWrapText(true);
        chart = new ChartPane(context, "post-results", 300);
        products.setId("postProductsTable");
        products.getColumns().setAll(List.of(
                Columns.text("Product", p -> p.title() == null ? p.itemId() : p.title(), 260),
                Columns.count("Clicks", p -> p.totals().count(EventType.PRODUCT_CLICK)),
                Columns.count("Carts", p -> p.totals().count(EventType.ADD_TO_CART)),
                Columns.count("Purchases", p -> p.totals().count(EventType.PURCHASE)),
                Columns.revenue("Revenue", p -> p.totals().revenue())));
        products.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        products.setPrefHeight(200);
        products.setPlaceholder(new Label("No products are pinned on this post."));
        VBox right = new VBox(8, chart, products);
        HBox.setHgrow(right, Priority.ALWAYS);
        Label heatTitle = new Label("Pins by product clicks");
        heatTitle.getStyleClass().add("title-4");
        HBox body = new HBox(16, new VBox(8, heatTitle, heat), right);
        body.setAlignment(Pos.TOP_LEFT);
        getChildren().setAll(backButton, title, figures, body);
    }

    void show(PostResults results, ZoneId zone) {
        title.setText(results.post().label());
        Totals t = results.post().totals();
        figures.setText(Formats.count(t.count(EventType.IMPRESSION)) + " impressions · " + Formats.count(t.count(EventType.SMILE))
                + " smiles · " + Formats.count(t.count(EventType.COMMENT)) + " comments · "
                + Formats.count(t.count(EventType.PRODUCT_CLICK)) + " product clicks (" + (t.clickThrough() == null ? "–"
                : Formats.percent(t.clickThrough())) + " click-through) · " + Formats.count(t.count(EventType.ADD_TO_CART))
                + " add-to-carts · " + Formats.count(t.count(EventType.PURCHASE)) + " purchases · revenue "
                + (t.revenue().isEmpty() ? "–" : t.revenue().stream().map(m -> m.display()).collect(Collectors.joining(", "))));
        chart.show(theme -> InsightsChart.post(results, zone, theme));
        products.getItems().setAll(results.products());
        heat.show(null, PinHeatView.onPhoto(results.pins(), 0));
        if (!results.photos().isEmpty()) {
            String sha = results.photos().get(0);
            // read and decoded in the background; only the finished picture reaches the FX thread
            context.tasks().submitQuietly(progress -> context.feature(ImageStore.class).bytes(sha)
                    .map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null), image -> {
                        if (image != null) {
                            heat.show(image, PinHeatView.onPhoto(results.pins(), 0));
                        }
                    }, null);
        }
    }
}
