package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shopify's product export: one product over several consecutive rows sharing a Handle. The first row
 * carries the product (title, vendor, options…) and its first variant; further rows are more variants
 * (option values, SKU, price) or image-only rows (just an Image Src). Each variant becomes one catalog
 * item, grouped by handle; products are buffered one at a time, so memory stays constant. The product's
 * pictures are stored once, on its first variant (the others keep their own picture): a product of 2,000
 * variant rows and 2,000 pictures would otherwise store four million links.
 */
public final class ShopifyCsvReader implements FeedReader {
    static final int MAX_ROWS_PER_PRODUCT = 5_000;

    private final CsvTableReader csv;

    public ShopifyCsvReader() {
        this(null);
    }

    /** @param charset the export's character set, or null to tell UTF-8 from Windows-1252 by its bytes */
    public ShopifyCsvReader(java.nio.charset.Charset charset) {
        this.csv = new CsvTableReader(null, charset);
    }

    @Override
    public List<String> notices() {
        return csv.notices();
    }

    @Override
    public void read(InputStream in, RowSink sink) throws IOException {
        ShopifyColumns[] columns = {null};
        List<TableRow> product = new ArrayList<>();
        String[] handle = {null};
        csv.read(in, (line, cells) -> {
            if (columns[0] == null) {
                columns[0] = new ShopifyColumns(cells);
                return;
            }
            TableRow record = new TableRow(line, cells);
            String rowHandle = columns[0].value(record, ShopifyColumns.HANDLE);
            if (rowHandle == null) {
                return; // a stray row without a handle belongs to no product
            }
            if (!rowHandle.equals(handle[0])) {
                emit(columns[0], product, sink);
                product.clear();
                handle[0] = rowHandle;
            }
            if (product.size() >= MAX_ROWS_PER_PRODUCT) {
                throw new FeedException("Line " + line + ": product \"" + rowHandle + "\" has more than "
                        + MAX_ROWS_PER_PRODUCT + " rows.", "Check that the export is not damaged.");
            }
            product.add(record);
        });
        if (columns[0] == null) {
            throw new FeedException("The file is empty.", "Export the products from Shopify (Products → Export) and try again.");
        }
        emit(columns[0], product, sink);
    }

    /** Refuses a file whose header is not a Shopify product export's. */
    public static void checkHeader(List<String> headers) {
        new ShopifyColumns(headers);
    }

    /** One row of the export: where it starts and its cells. */
    record TableRow(long line, List<String> cells) {
    }

    private static void emit(ShopifyColumns columns, List<TableRow> rows, RowSink sink) {
        if (rows.isEmpty()) {
            return;
        }
        ShopifyProduct product = new ShopifyProduct(columns, rows);
        List<TableRow> variants = product.variantRows();
        for (TableRow variant : variants) {
            sink.accept(product.toFeedRow(variant, variants.size() > 1));
        }
    }

    /** One product's rows: product fields from the first row, images from every row, variants. */
    private static final class ShopifyProduct {
        private final ShopifyColumns c;
        private final TableRow first;
        private final String handle;
        private final List<String> images;
        private final List<TableRow> variantRows = new ArrayList<>();

        ShopifyProduct(ShopifyColumns columns, List<TableRow> rows) {
            this.c = columns;
            this.first = rows.get(0);
            this.handle = columns.value(first, ShopifyColumns.HANDLE);
            List<String[]> positioned = new ArrayList<>();
            for (TableRow row : rows) {
                String src = c.value(row, ShopifyColumns.IMAGE_SRC);
                if (src != null) {
                    String pos = c.value(row, ShopifyColumns.IMAGE_POSITION);
                    positioned.add(new String[] {pos == null ? "9999" : pos, src});
                }
                if (isVariant(row)) {
                    variantRows.add(row);
                }
            }
            positioned.sort((a, b) -> Integer.compare(parseInt(a[0]), parseInt(b[0])));
            Set<String> distinct = new LinkedHashSet<>();
            for (String[] image : positioned) {
                distinct.add(image[1]);
            }
            images = new ArrayList<>(distinct);
        }

        List<TableRow> variantRows() {
            return variantRows;
        }

        private boolean isVariant(TableRow row) {
            return c.value(row, ShopifyColumns.VARIANT_SKU) != null || c.value(row, ShopifyColumns.VARIANT_PRICE) != null
                    || c.value(row, ShopifyColumns.OPTION_VALUES[0]) != null;
        }

        FeedRow toFeedRow(TableRow variant, boolean grouped) {
            FeedRow row = new FeedRow(variant.line());
            List<String> optionValues = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String name = c.value(first, ShopifyColumns.OPTION_NAMES[i]);
                String value = c.value(variant, ShopifyColumns.OPTION_VALUES[i]);
                if (value == null || "Default Title".equals(value)) {
                    continue;
                }
                optionValues.add(value);
                optionField(name).ifPresent(field -> row.put(field, value));
            }
            String sku = c.value(variant, ShopifyColumns.VARIANT_SKU);
            row.put(Field.ID, sku != null ? sku : handle + (optionValues.isEmpty() ? "" : "-" + String.join("-", optionValues)));
            if (grouped) {
                row.put(Field.ITEM_GROUP_ID, handle);
            }
            String title = c.value(first, ShopifyColumns.TITLE);
            if (title != null) {
                row.put(Field.TITLE, optionValues.isEmpty() ? title : title + " – " + String.join(" / ", optionValues));
            }
            row.put(Field.DESCRIPTION, c.value(first, ShopifyColumns.BODY));
            row.put(Field.BRAND, c.value(first, ShopifyColumns.VENDOR));
            row.put(Field.PRODUCT_TYPE, c.value(first, ShopifyColumns.TYPE));
            String category = c.value(first, ShopifyColumns.GOOGLE_CATEGORY);
            row.put(Field.GOOGLE_CATEGORY, category != null ? category : c.value(first, ShopifyColumns.PRODUCT_CATEGORY));
            row.put(Field.GTIN, c.value(variant, ShopifyColumns.BARCODE));
            row.put(Field.MPN, c.value(first, ShopifyColumns.MPN));
            row.put(Field.CONDITION, c.value(first, ShopifyColumns.CONDITION));
            row.put(Field.GENDER, c.value(first, ShopifyColumns.GENDER));
            row.put(Field.AGE_GROUP, c.value(first, ShopifyColumns.AGE_GROUP));
            putPrices(variant, row);
            putStock(variant, row);
            String variantImage = c.value(variant, ShopifyColumns.VARIANT_IMAGE);
            String main = variantImage != null ? variantImage : images.isEmpty() ? null : images.get(0);
            row.put(Field.IMAGE_LINK, main);
            if (variant == variantRows.get(0)) { // the gallery once per product, on its first variant
                for (String image : images) {
                    if (!image.equals(main)) {
                        row.put(Field.ADDITIONAL_IMAGE_LINK, image);
                    }
                }
            }
            for (int i = 0; i < 5; i++) {
                row.put(Field.valueOf("CUSTOM_LABEL_" + i), c.value(first, ShopifyColumns.CUSTOM_LABELS[i]));
            }
            return row;
        }

        /** Shopify's "compare at" price is the regular price when the variant is on sale. */
        private void putPrices(TableRow variant, FeedRow row) {
            String price = c.value(variant, ShopifyColumns.VARIANT_PRICE);
            String compareAt = c.value(variant, ShopifyColumns.COMPARE_AT);
            if (price != null && compareAt != null && parseDouble(compareAt) > parseDouble(price)) {
                row.put(Field.PRICE, compareAt);
                row.put(Field.SALE_PRICE, price);
            } else {
                row.put(Field.PRICE, price);
            }
        }

        private void putStock(TableRow variant, FeedRow row) {
            String status = c.value(first, ShopifyColumns.STATUS);
            String qty = c.value(variant, ShopifyColumns.INVENTORY_QTY);
            String tracker = c.value(variant, ShopifyColumns.INVENTORY_TRACKER);
            String policy = c.value(variant, ShopifyColumns.INVENTORY_POLICY);
            row.put(Field.QUANTITY, qty);
            if (status != null && !status.equalsIgnoreCase("active")) {
                row.put(Field.AVAILABILITY, "out of stock"); // draft or archived: not for sale
            } else if (qty != null && (tracker != null || !c.has(ShopifyColumns.INVENTORY_TRACKER)) && parseDouble(qty) <= 0) {
                row.put(Field.AVAILABILITY, "continue".equalsIgnoreCase(policy) ? "backorder" : "out of stock");
            } else {
                row.put(Field.AVAILABILITY, "in stock");
            }
        }

        private static Optional<Field> optionField(String optionName) {
            if (optionName == null) {
                return Optional.empty();
            }
            return Field.match(optionName).filter(f -> f == Field.COLOR || f == Field.SIZE || f == Field.MATERIAL
                    || f == Field.PATTERN);
        }
    }

    static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.strip().replace(",", "."));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
