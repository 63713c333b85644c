package io.vitrine.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes text cells so a report can never run a formula planted in a comment or product name: text
 * starting with = + - @ tab or CR is stored as a string cell marked "quote prefixed" (Excel and
 * LibreOffice show it as text and never evaluate it, even after the cell is edited).
 */
final class SafeCells {
    private SafeCells() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static void text(Row row, int column, String text, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        if (text == null) {
            return;
        }
        String value = text.length() > 32_767 ? text.substring(0, 32_767) : text; // Excel's cell limit
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(styles.quotedText());
        }
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
