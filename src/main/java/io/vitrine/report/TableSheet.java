package io.vitrine.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A formatted table: bold header, frozen header row, auto-filter over the data, sensible widths. */
final class TableSheet {
    private TableSheet() {
    }

    static void header(Sheet sheet, List<String> columns, List<Integer> widthsInChars, WorkbookStyles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            SafeCells.text(header, c, columns.get(c), styles);
            header.getCell(c).setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.min(255, widthsInChars.get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Call after the rows are written: filters cover header + data. */
    static void filter(Sheet sheet, int columns, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }
}
