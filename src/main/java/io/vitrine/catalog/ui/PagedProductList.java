package io.vitrine.catalog.ui;

import io.vitrine.catalog.ProductRow;
import io.vitrine.catalog.StoredItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.ObservableListBase;

/**
 * The catalog table's rows without holding them: products are fetched a page at a time as they scroll
 * into view (a few pages stay cached), and an expanded product's variants are inserted below it. The
 * table asks for any index of a million-row list; an index whose page is not loaded yet shows a
 * placeholder until it arrives. Used on the FX thread only; loading itself is the {@link Source}'s job.
 */
public final class PagedProductList extends ObservableListBase<CatalogRow> {
    static final int PAGE = 100;
    private static final int CACHED_PAGES = 24;

    /** Loads pages and variants in the background and calls back on the FX thread. */
    public interface Source {
        void page(long offset, int limit, java.util.function.Consumer<List<ProductRow>> onLoaded);

        void variants(String groupKey, java.util.function.Consumer<List<StoredItem>> onLoaded);
    }

    private final Source source;
    private final long products;
    private final Runnable onPageLoaded;
    private final Map<Long, List<ProductRow>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<ProductRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Long> loading = new HashSet<>();
    /** Expanded products by their index among products, with their variants. */
    private final TreeMap<Long, List<StoredItem>> expanded = new TreeMap<>();
    private int expandedRows;

    /**
     * @param products     how many products match (the list's size with nothing expanded)
     * @param onPageLoaded called after a page arrived, so the table can repaint its placeholders
     */
    public PagedProductList(Source source, long products, Runnable onPageLoaded) {
        this.source = source;
        this.products = products;
        this.onPageLoaded = onPageLoaded;
    }

    @Override
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, products + expandedRows);
    }

    @Override
    public CatalogRow get(int index) {
        long productIndex = index;
        for (Map.Entry<Long, List<StoredItem>> entry : expanded.entrySet()) {
            long start = entry.getKey();
            if (productIndex <= start) {
                break;
            }
            int variants = entry.getValue().size();
            if (productIndex <= start + variants) {
                return CatalogRow.of(entry.getValue().get((int) (productIndex - start - 1)));
            }
            productIndex -= variants;
        }
        ProductRow product = product(productIndex);
        return product == null ? CatalogRow.LOADING : CatalogRow.of(product, expanded.containsKey(productIndex));
    }

    /** The product at an index among products, or null while its page loads (the load is started). */
    private ProductRow product(long productIndex) {
        long page = productIndex / PAGE;
        List<ProductRow> rows = pages.get(page);
        if (rows == null) {
            requestPage(page);
            return null;
        }
        int offset = (int) (productIndex % PAGE);
        return offset < rows.size() ? rows.get(offset) : null;
    }

    private void requestPage(long page) {
        if (!loading.add(page)) {
            return;
        }
        source.page(page * PAGE, PAGE, rows -> {
            loading.remove(page);
            pages.put(page, rows);
            onPageLoaded.run();
        });
    }

    /** Shows or hides the variants of the product at a row index. */
    public void toggle(int index) {
        CatalogRow row = get(index);
        if (row.product() == null || !row.product().hasVariants()) {
            return;
        }
        long productIndex = productIndexOf(index);
        List<StoredItem> shown = expanded.remove(productIndex);
        if (shown != null) {
            expandedRows -= shown.size();
            beginChange();
            nextRemove(index + 1, rowsOf(shown));
            nextUpdate(index);
            endChange();
            return;
        }
        source.variants(row.product().groupKey(), variants -> {
            if (expanded.containsKey(productIndex) || variants.isEmpty()) {
                return;
            }
            int at = displayIndexOf(productIndex);
            expanded.put(productIndex, variants);
            expandedRows += variants.size();
            beginChange();
            nextAdd(at + 1, at + 1 + variants.size());
            nextUpdate(at);
            endChange();
        });
    }

    private long productIndexOf(int displayIndex) {
        long productIndex = displayIndex;
        for (Map.Entry<Long, List<StoredItem>> entry : expanded.entrySet()) {
            if (productIndex <= entry.getKey()) {
                break;
            }
            productIndex -= entry.getValue().size();
        }
        return productIndex;
    }

    private int displayIndexOf(long productIndex) {
        long display = productIndex;
        for (Map.Entry<Long, List<StoredItem>> entry : expanded.headMap(productIndex).entrySet()) {
            display += entry.getValue().size();
        }
        return (int) display;
    }

    private static List<CatalogRow> rowsOf(List<StoredItem> variants) {
        List<CatalogRow> rows = new ArrayList<>(variants.size());
        for (StoredItem variant : variants) {
            rows.add(CatalogRow.of(variant));
        }
        return rows;
    }

    public long products() {
        return products;
    }
}
