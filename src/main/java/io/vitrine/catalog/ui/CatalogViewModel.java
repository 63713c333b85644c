package io.vitrine.catalog.ui;

import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductFilter;
import io.vitrine.catalog.ProductRow;
import io.vitrine.catalog.StoredItem;
import io.vitrine.common.Formats;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the catalog screen: the filter the person set, the (paged) rows matching it, counts, the
 * choices for the brand and category filters, and the item shown in the detail pane. Every query runs
 * off the FX thread; answers to an outdated filter are dropped.
 */
public final class CatalogViewModel {
    static final String ALL_BRANDS = "All brands";
    static final String ALL_CATEGORIES = "All categories";
    private static final String CATALOG_UNREADABLE = "The catalog could not be read";

    // properties
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> brand = new SimpleObjectProperty<>(ALL_BRANDS);
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    private final ObjectProperty<ProductFilter.Stock> stock = new SimpleObjectProperty<>(ProductFilter.Stock.ALL);
    private final StringProperty minPrice = new SimpleStringProperty("");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final ObjectProperty<ProductFilter.Order> order = new SimpleObjectProperty<>(ProductFilter.Order.TITLE);
    private final ObservableList<String> brands = FXCollections.observableArrayList(ALL_BRANDS);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ObjectProperty<PagedProductList> rows = new SimpleObjectProperty<>();
    private final StringProperty countText = new SimpleStringProperty("");
    private final BooleanProperty catalogEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty priceInvalid = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoredItem> detail = new SimpleObjectProperty<>();
    private final ObservableList<StoredItem> detailVariants = FXCollections.observableArrayList();

    private final ProductRepository browser;
    private final CatalogService catalog;
    private final TaskExecutor tasks;
    /** The filter on screen: rows and counts for an older one are dropped. */
    private final LatestResult generation = new LatestResult();
    private final LatestResult detailGeneration = new LatestResult();
    private Runnable onRowsRepaint = () -> { };

    public CatalogViewModel(ProductRepository browser, CatalogService catalog, TaskExecutor tasks) {
        this.browser = browser;
        this.catalog = catalog;
        this.tasks = tasks;
    }

    // commands

    /** Re-reads everything: filter choices, counts and rows (after an import, or when the screen shows). */
    public void reload() {
        tasks.submitQuietly(CATALOG_UNREADABLE, progress -> new Choices(browser.brands(), browser.categories(),
                catalog.itemCount()), choices -> {
                    replaceKeepingSelection(brands, ALL_BRANDS, choices.brands(), brand);
                    replaceKeepingSelection(categories, ALL_CATEGORIES, choices.categories(), category);
                    catalogEmpty.set(choices.items() == 0);
                    applyFilter();
                });
    }

    /** Runs the current filter: counts the matches, then pages through them as the table scrolls. */
    public void applyFilter() {
        ProductFilter filter = filter();
        LatestResult.Request current = generation.next();
        tasks.submitQuietly(CATALOG_UNREADABLE, progress -> browser.count(filter), current.deliver(count -> {
            rows.set(new PagedProductList(source(filter, current), count, () -> onRowsRepaint.run()));
            countText.set(count == 1 ? "1 product" : Formats.count(count) + " products");
        }));
    }

    public void clearFilters() {
        searchText.set("");
        brand.set(ALL_BRANDS);
        category.set(ALL_CATEGORIES);
        stock.set(ProductFilter.Stock.ALL);
        minPrice.set("");
        maxPrice.set("");
        applyFilter();
    }

    /** Shows a row in the detail pane: a variant as itself, a product as its first live variant. */
    public void select(CatalogRow row) {
        LatestResult.Request current = detailGeneration.next();
        if (row == null || row.isLoading()) {
            detail.set(null);
            detailVariants.clear();
            return;
        }
        String groupKey = row.isVariant() ? row.variant().item().groupKey() : row.product().groupKey();
        tasks.submitQuietly(CATALOG_UNREADABLE, progress -> browser.variants(groupKey), current.deliver(variants -> {
            detailVariants.setAll(variants.size() > 1 ? variants : List.of());
            detail.set(row.isVariant() ? row.variant() : variants.isEmpty() ? null : variants.get(0));
        }));
    }

    /** Narrows the list to one item (searched by its id) and shows it in the detail pane. */
    public void showItem(String itemId) {
        searchText.set(itemId);
        brand.set(ALL_BRANDS);
        category.set(ALL_CATEGORIES);
        stock.set(ProductFilter.Stock.ALL);
        minPrice.set("");
        maxPrice.set("");
        applyFilter();
        LatestResult.Request current = detailGeneration.next();
        tasks.submitQuietly(CATALOG_UNREADABLE, progress -> catalog.item(itemId), current.deliver(item -> item.ifPresent(found -> {
            detailVariants.clear();
            detail.set(found);
        })));
    }

    public void showInDetail(StoredItem item) {
        detail.set(item);
    }

    ProductFilter filter() {
        Long min = micros(minPrice.get());
        Long max = micros(maxPrice.get());
        priceInvalid.set(min != null && min < 0 || max != null && max < 0);
        return new ProductFilter(blankToNull(searchText.get()), ALL_BRANDS.equals(brand.get()) ? null : brand.get(),
                ALL_CATEGORIES.equals(category.get()) ? null : category.get(), stock.get(),
                min == null || min < 0 ? null : min, max == null || max < 0 ? null : max, order.get());
    }

    private PagedProductList.Source source(ProductFilter filter, LatestResult.Request current) {
        return new PagedProductList.Source() {
            @Override
            public void page(long offset, int limit, Consumer<List<ProductRow>> onLoaded) {
                tasks.submitQuietly(CATALOG_UNREADABLE, progress -> browser.page(filter, offset, limit), current.deliver(onLoaded));
            }

            @Override
            public void variants(String groupKey, Consumer<List<StoredItem>> onLoaded) {
                tasks.submitQuietly(CATALOG_UNREADABLE, progress -> browser.variants(groupKey), onLoaded);
            }
        };
    }

    /** "49.90", "49,90", "€49" → micros; null when blank; -1 when not a number. */
    static Long micros(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formats.toMicros(new BigDecimal(text.strip().replace("€", "").replace("$", "").replace("£", "")
                    .replace(',', '.').strip()));
        } catch (NumberFormatException | ArithmeticException e) {
            return -1L;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void replaceKeepingSelection(ObservableList<String> list, String all, List<String> values,
                                                ObjectProperty<String> selected) {
        String keep = selected.get();
        list.setAll(all);
        list.addAll(values);
        selected.set(list.contains(keep) ? keep : all);
    }

    /** What the filter menus offer, and how many items the catalog has. */
    private record Choices(List<String> brands, List<String> categories, long items) {
    }

    void setOnRowsRepaint(Runnable repaint) {
        this.onRowsRepaint = repaint;
    }

    // properties

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> brandProperty() {
        return brand;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<ProductFilter.Stock> stockProperty() {
        return stock;
    }

    public StringProperty minPriceProperty() {
        return minPrice;
    }

    public StringProperty maxPriceProperty() {
        return maxPrice;
    }

    public ObjectProperty<ProductFilter.Order> orderProperty() {
        return order;
    }

    public ObservableList<String> brands() {
        return brands;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<PagedProductList> rowsProperty() {
        return rows;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public BooleanProperty catalogEmptyProperty() {
        return catalogEmpty;
    }

    public BooleanProperty priceInvalidProperty() {
        return priceInvalid;
    }

    public ObjectProperty<StoredItem> detailProperty() {
        return detail;
    }

    public ObservableList<StoredItem> detailVariants() {
        return detailVariants;
    }
}
