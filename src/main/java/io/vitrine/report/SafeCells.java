package io.vitrine.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text cells so a report can never run a formula planted in a comment or product name: text
 * starting with = + - @ tab or CR is stored as a string cell marked "quote prefixed" (Excel and
 * LibreOffice show it as text and never evaluate it, even after the cell is edited). For CSV, where a cell
 * has no style, such text gets a leading apostrophe (what spreadsheets take as "this is text").
 */
public final class SafeCells {
    private SafeCells() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static void text(Row row, int column, String text, WorkbookStyles styles) {
        text(row, column, text, styles.quotedText());
    }

    /** A text cell; {@code quoted} is a style with {@code setQuotePrefixed(true)} (see {@link #quotedStyle}). */
    public static void text(Row row, int column, String text, CellStyle quoted) {
        Cell cell = row.createCell(column);
        if (text == null) {
            return;
        }
        String value = text.length() > 32_767 ? text.substring(0, 32_767) : text; // Excel's cell limit
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    /** The style {@link #text(Row, int, String, CellStyle)} marks formula-looking text with; make one per workbook. */
    public static CellStyle quotedStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }

    /** The text as a CSV cell that no spreadsheet will evaluate: "=1+1" becomes "'=1+1". */
    public static String csv(String text) {
        return text != null && looksLikeFormula(text) ? "'" + text : text;
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static void numberOrBlank(Row row, int column, Number value, CellStyle style) {
        if (value == null) {
            row.createCell(column);
        } else {
            number(row, column, value.doubleValue(), style);
        }
    }
}
