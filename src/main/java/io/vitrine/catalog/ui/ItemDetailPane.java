package io.vitrine.catalog.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.StoredItem;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.ui.ViewLoader;
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
    private final ItemDetailViewModel model;

    ItemDetailPane(ItemDetailViewModel model, ThumbnailLoader pictures, ObservableList<StoredItem> variants,
                   Consumer<StoredItem> onPick) {
        this.model = model;
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
        detailContent.visibleProperty().bind(model.itemProperty().isNotNull());
        detailPlaceholder.visibleProperty().bind(model.itemProperty().isNull());
        detailImage.imageProperty().bind(model.pictureProperty());
        detailPrice.textProperty().bind(model.priceProperty());
        detailWasPrice.textProperty().bind(model.wasPriceProperty());
        model.facts().addListener((javafx.collections.ListChangeListener<ItemDetailViewModel.Fact>) c -> showFacts());
        model.itemProperty().addListener((obs, old, item) -> show(item));
    }

    Parent root() {
        return root;
    }

    private void show(StoredItem stored) {
        if (stored == null) {
            return;
        }
        CatalogItem item = stored.item();
        detailTitle.setText(item.title());
        StockBadge.apply(detailStock, model.summary());
        detailDescription.setText(item.description() == null ? "" : item.description());
        detailLink.setVisible(item.link() != null);
        detailLink.setOnAction(e -> copyLink(item.link()));
    }

    private void showFacts() {
        detailFacts.getChildren().clear();
        int row = 0;
        for (ItemDetailViewModel.Fact fact : model.facts()) {
            Label name = new Label(fact.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(fact.value());
            value.setWrapText(true);
            detailFacts.addRow(row++, name, value);
        }
    }

    private void copyLink(String link) {
        ClipboardContent content = new ClipboardContent();
        content.putString(link);
        Clipboard.getSystemClipboard().setContent(content);
        model.linkCopied(link);
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
