package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.CatalogImported;
import io.vitrine.catalog.ProductFilter;
import io.vitrine.ui.EmptyState;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Catalog section: search and filters on top, the product table (a million rows, paged from the
 * workspace as they scroll into view, variant groups expandable) with the selected item's details
 * beside it, and the import and import-history dialogs.
 */
public final class CatalogView implements SectionView {
    @FXML
    private TextField searchField;
    @FXML
    private Button importButton;
    @FXML
    private Button historyButton;
    @FXML
    private ComboBox<String> brandFilter;
    @FXML
    private ComboBox<String> categoryFilter;
    @FXML
    private ComboBox<ProductFilter.Stock> stockFilter;
    @FXML
    private TextField minPriceField;
    @FXML
    private TextField maxPriceField;
    @FXML
    private ComboBox<ProductFilter.Order> orderBox;
    @FXML
    private Button clearFiltersButton;
    @FXML
    private StackPane centerStack;
    @FXML
    private SplitPane splitPane;
    @FXML
    private TableView<CatalogRow> catalogTable;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private Label countLabel;
    @FXML
    private Label priceErrorLabel;

    private final Parent root;
    private final StudioContext context;
    private final CatalogViewModel model;
    private final PauseTransition typing = new PauseTransition(Duration.millis(220));
    private final Runnable unsubscribe;
    private final Node emptyState;

    public CatalogView(StudioContext context) {
        this.context = context;
        CatalogFeature feature = context.feature(CatalogFeature.class);
        this.model = new CatalogViewModel(feature.products(), feature.catalog(), context.tasks());
        root = ViewLoader.load(this);
        emptyState = new EmptyState(Feather.PACKAGE, "No products yet",
                "Import your product feed: Google Merchant Center (XML or TSV), Meta catalog CSV, Shopify export, "
                        + "any CSV with a column mapping, or an Excel workbook. Re-import it any time to update.")
                .withAction("Import feed…", this::openImport);
        emptyState.setId("catalogEmptyState");
        ThumbnailLoader thumbnails = new ThumbnailLoader(context.tasks(), feature.pictures(), 2 * CatalogTable.THUMBNAIL);
        ThumbnailLoader pictures = new ThumbnailLoader(context.tasks(), feature.pictures(), 440);
        ItemDetailViewModel detailModel = new ItemDetailViewModel(pictures, context.status(), java.time.ZoneId.systemDefault());
        ItemDetailPane detail = new ItemDetailPane(detailModel, pictures, model.detailVariants(), model::showInDetail);
        SimilarItemsViewModel similarModel = new SimilarItemsViewModel(context.feature(io.vitrine.catalog.find.FindFeature.class).similar(), context.tasks());
        javafx.scene.layout.VBox details = new javafx.scene.layout.VBox(16, detail.root(),
                new SimilarItemsList(similarModel, model::showItem).root());
        detailScroll.setContent(details);
        model.detailProperty().addListener((obs, old, item) -> {
            detailModel.show(item);
            similarModel.show(item == null ? null : item.item().id());
        });
        CatalogTable.configure(catalogTable, thumbnails, index -> model.rowsProperty().get().toggle(index));
        bindFilters();
        bindTable();
        importButton.setOnAction(e -> openImport());
        historyButton.setOnAction(e -> new ImportHistoryDialog(new ImportHistoryViewModel(feature.history(), context.tasks()),
                root.getScene() == null ? null : root.getScene().getWindow()).show());
        unsubscribe = FxEvents.onFxThread(context.events(), CatalogImported.class, event -> model.reload());
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        minPriceField.textProperty().bindBidirectional(model.minPriceProperty());
        maxPriceField.textProperty().bindBidirectional(model.maxPriceProperty());
        brandFilter.setItems(model.brands());
        brandFilter.valueProperty().bindBidirectional(model.brandProperty());
        categoryFilter.setItems(model.categories());
        categoryFilter.valueProperty().bindBidirectional(model.categoryProperty());
        stockFilter.getItems().setAll(ProductFilter.Stock.values());
        stockFilter.valueProperty().bindBidirectional(model.stockProperty());
        orderBox.getItems().setAll(ProductFilter.Order.values());
        orderBox.valueProperty().bindBidirectional(model.orderProperty());
        typing.setOnFinished(e -> model.applyFilter());
        for (TextField field : new TextField[] {searchField, minPriceField, maxPriceField}) {
            field.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        }
        for (ComboBox<?> box : new ComboBox<?>[] {brandFilter, categoryFilter, stockFilter, orderBox}) {
            box.valueProperty().addListener((obs, old, value) -> {
                if (value != null && !value.equals(old)) {
                    model.applyFilter();
                }
            });
        }
        clearFiltersButton.setOnAction(e -> model.clearFilters());
        priceErrorLabel.visibleProperty().bind(model.priceInvalidProperty());
        countLabel.textProperty().bind(model.countTextProperty());
    }

    private void bindTable() {
        model.setOnRowsRepaint(catalogTable::refresh);
        model.rowsProperty().addListener((obs, old, rows) -> catalogTable.setItems(rows));
        catalogTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        catalogTable.setOnKeyPressed(e -> {
            int index = catalogTable.getSelectionModel().getSelectedIndex();
            CatalogRow row = catalogTable.getSelectionModel().getSelectedItem();
            if (index < 0 || row == null || row.product() == null) {
                return;
            }
            boolean expand = e.getCode() == KeyCode.RIGHT && !row.expanded();
            boolean collapse = e.getCode() == KeyCode.LEFT && row.expanded();
            if (expand || collapse || e.getCode() == KeyCode.ENTER) {
                model.rowsProperty().get().toggle(index);
                e.consume();
            }
        });
        model.catalogEmptyProperty().addListener((obs, was, empty) -> showEmptyState(empty));
    }

    private void showEmptyState(boolean empty) {
        if (empty && !centerStack.getChildren().contains(emptyState)) {
            centerStack.getChildren().add(emptyState);
        } else if (!empty) {
            centerStack.getChildren().remove(emptyState);
        }
        splitPane.setVisible(!empty);
    }

    private void openImport() {
        new ImportDialog(context, context.feature(CatalogFeature.class),
                root.getScene() == null ? null : root.getScene().getWindow()).show();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    /** Shows the item a scan found: the list narrowed to it, its details in the pane. */
    @Override
    public void open(String itemId) {
        model.showItem(itemId);
    }

    @Override
    public void dispose() {
        unsubscribe.run();
    }
}
