package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogItem;
import io.vitrine.catalog.StoredItem;
import io.vitrine.common.Formats;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Everything about one item: picture, price, stock, identifiers, attributes, description, and its variants. */
final class ItemDetailPane {
    @FXML
    private Label detailPlaceholder;
    @FXML
    private VBox detailContent;
    @FXML
    private ImageView detailImage;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailPrice;
    @FXML
    private Label detailWasPrice;
    @FXML
    private Label detailStock;
    @FXML
    private GridPane detailFacts;
    @FXML
    private Hyperlink detailLink;
    @FXML
    private Label detailDescription;
    @FXML
    private VBox variantsBox;
    @FXML
    private Label variantsTitle;
    @FXML
    private ListView<StoredItem> detailVariants;

    private final Parent root;
    private final ThumbnailLoader pictures;
    private final ShellStatus status;
    private String shownLink;

    ItemDetailPane(ThumbnailLoader pictures, ShellStatus status, ObservableList<StoredItem> variants, Consumer<StoredItem> onPick) {
        this.pictures = pictures;
        this.status = status;
        root = ViewLoader.load(this);
        detailVariants.setItems(variants);
        detailVariants.setCellFactory(list -> new VariantCell(pictures));
        detailVariants.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                onPick.accept(picked);
            }
        });
        variantsBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(variants));
        variantsBox.managedProperty().bind(variantsBox.visibleProperty());
        variants.addListener((javafx.collections.ListChangeListener<StoredItem>) c ->
                variantsTitle.setText(variants.size() + " variants"));
        show(null);
    }

    Parent root() {
        return root;
    }

    void show(StoredItem stored) {
        detailContent.setVisible(stored != null);
        detailPlaceholder.setVisible(stored == null);
        if (stored == null) {
            return;
        }
        CatalogItem item = stored.item();
        detailTitle.setText(item.title());
        detailPrice.setText(Formats.money(item.currentPriceMicros(), item.currency()));
        detailWasPrice.setText(item.onSale() ? Formats.money(item.priceMicros(), item.currency()) : "");
        StockBadge.apply(detailStock, stored.summary());
        facts(stored);
        detailDescription.setText(item.description() == null ? "" : item.description());
        detailLink.setVisible(item.link() != null);
        detailLink.setOnAction(e -> copyLink(item.link()));
        String link = item.imageLink();
        if (link == null || !link.equals(shownLink)) {
            shownLink = link;
            detailImage.setImage(null);
            pictures.load(link, image -> {
                if (link.equals(shownLink)) {
                    detailImage.setImage(image);
                }
            });
        }
    }

    private void facts(StoredItem stored) {
        CatalogItem item = stored.item();
        detailFacts.getChildren().clear();
        int row = 0;
        Object[][] facts = {{"ID", item.id()}, {"Brand", item.brand()}, {"GTIN", item.gtin()}, {"MPN", item.mpn()},
            {"Colour", item.color()}, {"Size", item.size()}, {"Material", item.material()}, {"Pattern", item.pattern()},
            {"Gender", item.gender()}, {"Age group", item.ageGroup()}, {"Condition", item.condition()},
            {"Stock", item.stockQuantity() == null ? null : Formats.count(item.stockQuantity())},
            {"Category", item.productType()}, {"Google category", item.googleCategory()},
            {"Labels", item.customLabels().stream().filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null)},
            {"Source", stored.sourceName()},
            {"Updated", stored.updatedAt() == null ? null : Formats.dateTime(stored.updatedAt(), ZoneId.systemDefault())}};
        for (Object[] fact : facts) {
            if (fact[1] == null) {
                continue;
            }
            Label name = new Label((String) fact[0]);
            name.getStyleClass().add("text-muted");
            Label value = new Label(fact[1].toString());
            value.setWrapText(true);
            detailFacts.addRow(row++, name, value);
        }
    }

    private void copyLink(String link) {
        ClipboardContent content = new ClipboardContent();
        content.putString(link);
        Clipboard.getSystemClipboard().setContent(content);
        status.notify("Product link copied: " + link);
    }

    /** A variant in the detail pane's list. */
    private static final class VariantCell extends ListCell<StoredItem> {
        private final ItemRowGraphic row;

        VariantCell(ThumbnailLoader pictures) {
            row = new ItemRowGraphic(pictures);
        }

        @Override
        protected void updateItem(StoredItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            row.show(item.summary());
            setGraphic(row);
        }
    }
}
