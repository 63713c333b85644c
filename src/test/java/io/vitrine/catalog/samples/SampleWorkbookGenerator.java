package io.vitrine.catalog.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes resources/samples/catalog.xlsx, an Excel catalog as a merchant keeps one: a title line above the
 * header, numbers as numbers (prices, stock, 13-digit GTINs in "General" format that Excel shows as
 * 3.76012E+12), a formula for the sale price, a blank row, and a second sheet.
 * Run: {@code java -cp target/test-classes:target/classes:target/lib/* io.vitrine.catalog.samples.SampleWorkbookGenerator resources/samples/catalog.xlsx}
 */
public final class SampleWorkbookGenerator {
    private SampleWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "resources/samples/catalog.xlsx"));
    }

    public static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Products");
            CellStyle euros = workbook.createCellStyle();
            euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue("Maison Lumière — stock list, week 47");
            header(sheet.createRow(2), "SKU", "Product name", "Brand", "Price", "Sale price", "Currency", "Qty", "EAN",
                    "Colour", "Category", "Image URL");
            Object[][] rows = {
                {"ML-VASE-ONDE-S", "Onde Ceramic Vase, small", "Maison Lumière", 45.0, null, "EUR", 12, 3760123450010L, "Chalk", "Decor > Vases", "https://maison-lumiere.example/images/onde-vase-s.jpg"},
                {"ML-VASE-ONDE-L", "Onde Ceramic Vase, large", "Maison Lumière", 75.0, "=D5*0.8", "EUR", 4, 3760123450027L, "Chalk", "Decor > Vases", "https://maison-lumiere.example/images/onde-vase-l.jpg"},
                null,
                {"ML-PHOTOPHORE", "Verre Tealight Holder (set of 4)", "Maison Lumière", 28.5, null, "EUR", 0, 3760123450035L, "Smoke", "Decor > Candle holders", "https://maison-lumiere.example/images/verre-tealights.jpg"},
                {"ML-CARAFE-BULLE", "Bulle Glass Carafe", "Atelier Sable", 39.0, null, "EUR", 22, null, "Clear", "Tableware > Carafes", "https://maison-lumiere.example/images/bulle-carafe.jpg"},
                {"", "Row without a SKU", "Maison Lumière", 10.0, null, "EUR", 1, null, null, null, null},
            };
            int r = 3;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                if (values == null) {
                    continue;
                }
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof String s && s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                        cell.setCellStyle(euros);
                    } else if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        if (c == 3) {
                            cell.setCellStyle(euros);
                        }
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet archive = workbook.createSheet("Archive");
            header(archive.createRow(0), "id", "title", "price");
            Row old = archive.createRow(1);
            old.createCell(0).setCellValue("ML-OLD-LAMP");
            old.createCell(1).setCellValue("Discontinued Lamp");
            old.createCell(2).setCellValue("59.00 EUR");
            workbook.write(out);
        }
    }

    private static void header(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }
}
