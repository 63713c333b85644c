package io.vitrine.catalog.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * Type-ahead product picker: type part of a title, brand or id, pick from the list with the mouse or
 * Down/Enter. Rows show the product's picture, price and stock badge; the search is the catalog's
 * FTS5 type-ahead (accents ignored, the word being typed as a prefix), fast at a million items. Searches run off the FX thread; results of an older query never replace a newer one.
 * Embedded by the composer (tag a pin) and the poll builder (choose an option).
 */
public final class ProductPicker extends StackPane {
    static final String PRODUCT_PICKER = "product-picker";
    static final String PRODUCT_PICKER_POPUP = "product-picker-popup";
    static final String PRODUCT_PICKER_RESULTS = "product-picker-results";
    public static final String FIELD_ID = "productPickerField";
    public static final String RESULTS_ID = "productPickerResults";
    static final int LIMIT = 12;

    private final CatalogService catalog;
    private final TaskExecutor tasks;
    private final TextField field = new TextField();
    private final ListView<ItemSummary> results = new ListView<>();
    private final Label emptyLabel = new Label("No matching products");
    private final Popup popup = new Popup();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));
    private final ObjectProperty<ItemSummary> selectedItem = new SimpleObjectProperty<>();
    private Consumer<ItemSummary> onItemPicked = item -> { };
    private final LatestResult queries = new LatestResult();

    public ProductPicker(CatalogFeature feature, TaskExecutor tasks) {
        this.catalog = feature.catalog();
        this.tasks = tasks;
        getStyleClass().add(PRODUCT_PICKER);
        field.setId(FIELD_ID);
        field.setPromptText("Search products by name, brand or id…");
        results.setId(RESULTS_ID);
        ThumbnailLoader thumbnails = new ThumbnailLoader(tasks, feature.pictures(), 2 * ItemRowGraphic.THUMBNAIL);
        results.setCellFactory(list -> new ItemCell(thumbnails));
        results.setPrefHeight(320);
        results.getStyleClass().add(PRODUCT_PICKER_RESULTS);
        emptyLabel.getStyleClass().add(Styles.TEXT_MUTED);
        VBox popupBox = new VBox(results, emptyLabel);
        popupBox.getStyleClass().add(PRODUCT_PICKER_POPUP);
        Stylesheets.stylePopup(popupBox);
        popup.getContent().add(popupBox);
        popup.setAutoHide(true);
        getChildren().add(field);
        wireEvents();
    }

    private void wireEvents() {
        debounce.setOnFinished(e -> search(field.getText()));
        field.textProperty().addListener((obs, old, text) -> {
            ItemSummary chosen = selectedItem.get();
            if (chosen != null && chosen.title().equals(text)) {
                return; // the field shows the picked item's title; no new search
            }
            debounce.playFromStart();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && popup.isShowing() && !results.getItems().isEmpty()) {
                pick(results.getItems().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                pick(results.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            ItemSummary item = results.getSelectionModel().getSelectedItem();
            if (item != null) {
                pick(item);
            }
        });
    }

    private void search(String text) {
        String query = text == null ? "" : text.strip();
        LatestResult.Request request = queries.next();
        if (query.isEmpty()) {
            popup.hide();
            return;
        }
        // a query the index cannot read ("lamp AND") finds nothing, as a search box should say
        tasks.submitQuietly(progress -> catalog.search(query, LIMIT), request.deliver(this::show),
                request.deliver(error -> show(List.of())));
    }

    private void show(List<ItemSummary> found) {
        results.getItems().setAll(found);
        results.setVisible(!found.isEmpty());
        results.setManaged(!found.isEmpty());
        emptyLabel.setVisible(found.isEmpty());
        emptyLabel.setManaged(found.isEmpty());
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
        ((VBox) popup.getContent().get(0)).setPrefWidth(Math.max(field.getWidth(), 380));
        popup.sizeToScene(); // the list may have been hidden (no matches) when the popup last sized itself
    }

    private void pick(ItemSummary item) {
        selectedItem.set(item);
        field.setText(item.title());
        field.positionCaret(item.title().length());
        popup.hide();
        onItemPicked.accept(item);
    }

    /** Called on the FX thread each time the user picks an item. */
    public void setOnItemPicked(Consumer<ItemSummary> handler) {
        this.onItemPicked = handler == null ? item -> { } : handler;
    }

    /** Clears the field and the selection (e.g. after the pick was used). */
    public void clear() {
        selectedItem.set(null);
        field.clear();
        popup.hide();
    }

    @Override
    public void requestFocus() {
        field.requestFocus();
    }
}
