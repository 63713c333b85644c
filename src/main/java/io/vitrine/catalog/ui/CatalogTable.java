package io.vitrine.catalog.ui;

import io.vitrine.catalog.ProductRow;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Formats;
import io.vitrine.ui.StyleClasses;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The catalog table's columns and cells: expander and thumbnail, name with brand and id, price (range
 * for a product, sale price struck against the regular one), stock badge, category. Cells are reused
 * as the table scrolls; nothing here touches the database.
 */
final class CatalogTable {
    static final String CATALOG_EXPANDER = "catalog-expander";
    static final String CATALOG_LOADING = "catalog-loading";
    static final String CATALOG_SALE_NOTE = "catalog-sale-note";
    static final String CATALOG_WAS_PRICE = "catalog-was-price";
    static final double ROW_HEIGHT = 56;
    static final int THUMBNAIL = 44;

    private CatalogTable() {
    }

    static void configure(TableView<CatalogRow> table, ThumbnailLoader thumbnails, IntConsumer toggle) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("", 96, row -> new ProductImageCell(thumbnails, toggle)),
                column("Product", 300, row -> new NameCell()),
                column("Price", 150, row -> new PriceCell()),
                column("Availability", 150, row -> new StockCell()),
                column("Category", 190, row -> new CategoryCell()));
        table.getColumns().get(0).setMaxWidth(96);
        table.getColumns().get(0).setMinWidth(96);
        table.getColumns().get(1).setMinWidth(200);
        table.getColumns().get(2).setMinWidth(150); // "€1,249.00–€1,999.00" stays whole
        table.getColumns().get(3).setMinWidth(135);
        table.getColumns().get(4).setMinWidth(80);
    }

    private static TableColumn<CatalogRow, CatalogRow> column(String title, double width,
            Callback<TableColumn<CatalogRow, CatalogRow>, TableCell<CatalogRow, CatalogRow>> cells) {
        TableColumn<CatalogRow, CatalogRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(cells);
        return column;
    }

    /** A cell that shows nothing for empty rows and placeholders while a page loads. */
    private abstract static class RowCell extends TableCell<CatalogRow, CatalogRow> {
        @Override
        protected void updateItem(CatalogRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null || row.isLoading()) {
                setGraphic(null);
                if (!empty && row != null && showLoading()) {
                    setText("Loading…");
                    if (!getStyleClass().contains(CATALOG_LOADING)) {
                        getStyleClass().add(CATALOG_LOADING);
                    }
                }
                return;
            }
            getStyleClass().remove(CATALOG_LOADING);
            show(row);
        }

        boolean showLoading() {
            return false;
        }

        abstract void show(CatalogRow row);
    }

    /** ▸/▾ for products with variants, then the thumbnail (a neutral square until it arrives). */
    private static final class ProductImageCell extends RowCell {
        private final ThumbnailLoader thumbnails;
        private final Label expander = new Label();
        private final ImageView image = new ImageView();
        private final StackPane frame = new StackPane(image);
        private final HBox box = new HBox(6, expander, frame);
        private String link;

        ProductImageCell(ThumbnailLoader thumbnails, IntConsumer toggle) {
            this.thumbnails = thumbnails;
            expander.getStyleClass().add(CATALOG_EXPANDER);
            expander.setMinWidth(22);
            expander.setAlignment(Pos.CENTER);
            expander.setOnMouseClicked(e -> {
                if (getItem() != null && getItem().product() != null && getItem().product().hasVariants()) {
                    toggle.accept(getIndex());
                    e.consume();
                }
            });
            frame.getStyleClass().add(ItemRowGraphic.CATALOG_THUMBNAIL);
            frame.setMinSize(THUMBNAIL, THUMBNAIL);
            frame.setMaxSize(THUMBNAIL, THUMBNAIL);
            image.setFitWidth(THUMBNAIL);
            image.setFitHeight(THUMBNAIL);
            image.setPreserveRatio(true);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        void show(CatalogRow row) {
            if (row.isVariant()) {
                expander.setText("");
                box.setStyle("-fx-padding: 0 0 0 18");
            } else {
                expander.setText(row.product().hasVariants() ? (row.expanded() ? "▾" : "▸") : "");
                expander.setId(row.product().hasVariants() ? "expand-" + getIndex() : null);
                box.setStyle(null);
            }
            String wanted = row.isVariant() ? row.variant().item().imageLink() : row.product().imageLink();
            if (wanted == null || !wanted.equals(link)) {
                image.setImage(null);
                link = wanted;
                thumbnails.load(wanted, loaded -> {
                    if (wanted.equals(link)) {
                        image.setImage(loaded);
                    }
                });
            }
            setGraphic(box);
        }
    }

    private static final class NameCell extends RowCell {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, title, detail);

        NameCell() {
            title.getStyleClass().add(StyleClasses.ITEM_TITLE);
            detail.getStyleClass().add(StyleClasses.ITEM_DETAIL);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        boolean showLoading() {
            return true;
        }

        @Override
        void show(CatalogRow row) {
            if (row.isVariant()) {
                CatalogItem item = row.variant().item();
                title.setText(item.title());
                detail.setText(variantDetail(item));
            } else {
                ProductRow product = row.product();
                title.setText(product.displayTitle());
                int variants = product.variants() + product.removedVariants();
                detail.setText((product.brand() == null ? "" : product.brand() + " · ")
                        + (variants > 1 ? variants + " variants" : product.groupKey()));
            }
            setGraphic(box);
        }

        private static String variantDetail(CatalogItem item) {
            StringBuilder detail = new StringBuilder(item.id());
            for (String attribute : new String[] {item.color(), item.size(), item.material()}) {
                if (attribute != null) {
                    detail.append(" · ").append(attribute);
                }
            }
            return detail.toString();
        }
    }

    private static final class PriceCell extends RowCell {
        private final Label price = new Label();
        private final Label was = new Label();
        private final VBox box = new VBox(1, price, was);

        PriceCell() {
            price.getStyleClass().add(StyleClasses.ITEM_PRICE);
            was.getStyleClass().add(CATALOG_WAS_PRICE);
            box.setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        void show(CatalogRow row) {
            was.setText("");
            was.getStyleClass().setAll("label", row.isVariant() ? CATALOG_WAS_PRICE : CATALOG_SALE_NOTE);
            if (row.isVariant()) {
                CatalogItem item = row.variant().item();
                price.setText(Formats.money(item.currentPriceMicros(), item.currency()));
                if (item.onSale()) {
                    was.setText(Formats.money(item.priceMicros(), item.currency()));
                }
            } else {
                ProductRow p = row.product();
                price.setText(p.minPriceMicros() == p.maxPriceMicros() ? Formats.money(p.minPriceMicros(), p.currency())
                        : Formats.money(p.minPriceMicros(), p.currency()) + "–" + Formats.money(p.maxPriceMicros(), p.currency()));
                if (p.onSale() > 0) {
                    was.setText(p.onSale() == p.variants() ? "on sale" : p.onSale() + " on sale");
                }
            }
            setGraphic(box);
        }
    }

    private static final class StockCell extends RowCell {
        private final Label badge = new Label();

        @Override
        void show(CatalogRow row) {
            if (row.isVariant()) {
                StockBadge.apply(badge, row.variant().summary());
            } else {
                StockBadge.apply(badge, row.product());
            }
            setGraphic(badge);
        }
    }

    private static final class CategoryCell extends RowCell {
        @Override
        void show(CatalogRow row) {
            setGraphic(null);
            String category = row.isVariant() ? row.variant().item().productType() : row.product().category();
            setText(category == null ? "" : category);
        }
    }
}
