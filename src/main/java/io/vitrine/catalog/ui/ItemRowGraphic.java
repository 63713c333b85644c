package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import io.vitrine.ui.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One catalog item as a list row: thumbnail, title with brand and id, price and stock badge. */
final class ItemRowGraphic extends HBox {
    static final String CATALOG_THUMBNAIL = "catalog-thumbnail";
    static final int THUMBNAIL = 36;

    private final ThumbnailLoader thumbnails;
    private final ImageView image = new ImageView();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label price = new Label();
    private final Label stock = new Label();
    private String link;

    /** @param thumbnails where pictures come from; null for a row without a picture */
    ItemRowGraphic(ThumbnailLoader thumbnails) {
        super(8);
        this.thumbnails = thumbnails;
        title.getStyleClass().add(StyleClasses.ITEM_TITLE);
        detail.getStyleClass().add(StyleClasses.ITEM_DETAIL);
        price.getStyleClass().add(StyleClasses.ITEM_PRICE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox text = new VBox(1, title, detail);
        VBox right = new VBox(2, price, stock);
        right.setAlignment(Pos.CENTER_RIGHT);
        if (thumbnails != null) {
            image.setFitWidth(THUMBNAIL);
            image.setFitHeight(THUMBNAIL);
            image.setPreserveRatio(true);
            StackPane frame = new StackPane(image);
            frame.getStyleClass().add(CATALOG_THUMBNAIL);
            frame.setMinSize(THUMBNAIL, THUMBNAIL);
            frame.setMaxSize(THUMBNAIL, THUMBNAIL);
            getChildren().add(frame);
        }
        getChildren().addAll(text, spacer, right);
        setAlignment(Pos.CENTER_LEFT);
    }

    void show(ItemSummary item) {
        title.setText(item.title());
        detail.setText(item.brand() == null ? item.id() : item.brand() + " · " + item.id());
        price.setText(Formats.money(item.priceMicros(), item.currency()));
        StockBadge.apply(stock, item);
        if (thumbnails != null && (item.imageLink() == null || !item.imageLink().equals(link))) {
            String wanted = item.imageLink();
            link = wanted;
            image.setImage(null);
            thumbnails.load(wanted, loaded -> {
                if (wanted.equals(link)) {
                    image.setImage(loaded);
                }
            });
        }
    }
}
