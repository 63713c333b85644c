package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.insights.Money;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.Totals;
import io.vitrine.report.ReportRows.ReportData;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One row per catalog item tagged on the scope's posts (or shopped through them): clicks, add-to-carts,
 * purchases, conversion and revenue per currency in the period — the same rows as {@code insights products}.
 */
final class ProductsSheet {
    static final String NAME = "Products";

    private ProductsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ReportData data) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = new ArrayList<>(List.of("Catalog item", "Title", "Posts tagging it", "Product clicks",
                "Add-to-carts", "Purchases", "Conversion (purchases / clicks)"));
        List<Integer> widths = new ArrayList<>(List.of(18, 40, 10, 12, 12, 12, 14));
        for (String currency : data.currencies()) {
            columns.add("Revenue (" + currency + ")");
            widths.add(14);
        }
        TableSheet.header(sheet, columns, widths, styles);
        int r = 1;
        for (ProductTotals product : data.products()) {
            Row row = sheet.createRow(r++);
            Totals totals = product.totals();
            SafeCells.text(row, 0, product.itemId(), styles);
            SafeCells.text(row, 1, product.title(), styles);
            SafeCells.number(row, 2, product.posts(), styles.integer());
            SafeCells.number(row, 3, totals.count(EventType.PRODUCT_CLICK), styles.integer());
            SafeCells.number(row, 4, totals.count(EventType.ADD_TO_CART), styles.integer());
            SafeCells.number(row, 5, totals.count(EventType.PURCHASE), styles.integer());
            SafeCells.numberOrBlank(row, 6, product.conversion(), styles.percent());
            int c = 7;
            for (String currency : data.currencies()) {
                SafeCells.number(row, c++, Money.micros(totals.revenue(), currency) / 1e6, styles.decimal());
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }
}
