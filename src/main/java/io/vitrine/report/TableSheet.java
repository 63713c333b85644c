package io.vitrine.report;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A formatted table: bold header, frozen header row, auto-filter over the data, columns wide enough for their
 * header, and a print setup that fits the width of a landscape page with the header on every page.
 */
final class TableSheet {
    private TableSheet() {
    }

    /** The header row; widths are set here unless {@code widthsLater} (streamed sheets set them when done). */
    static void header(Sheet sheet, List<String> columns, List<Integer> widthsInChars, WorkbookStyles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(20);
        for (int c = 0; c < columns.size(); c++) {
            SafeCells.text(header, c, columns.get(c), styles);
            header.getCell(c).setCellStyle(styles.header());
        }
        widths(sheet, columns, widthsInChars);
        sheet.createFreezePane(0, 1);
        print(sheet, true);
    }

    /** Each column as wide as asked, and never narrower than its header (bold, plus the filter button). */
    static void widths(Sheet sheet, List<String> columns, List<Integer> widthsInChars) {
        for (int c = 0; c < columns.size(); c++) {
            int chars = Math.max(widthsInChars.get(c), columns.get(c).length() + 4);
            sheet.setColumnWidth(c, Math.min(255, chars) * 256);
        }
    }

    /** Landscape, fit to one page wide (as many pages long as it takes), header row repeated on each page. */
    static void print(Sheet sheet, boolean repeatHeader) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** Call after the rows are written: filters cover header + data. */
    static void filter(Sheet sheet, int columns, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }
}
