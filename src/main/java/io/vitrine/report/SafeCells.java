package io.vitrine.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cells. Text can never run a formula planted in a comment or product name: text starting with
 * = + - @ tab or CR is stored as a string cell marked "quote prefixed" (Excel and LibreOffice show it as text
 * and never evaluate it, even after the cell is edited). Dates and times are Excel serial numbers with a
 * date format, in the brand's time zone. Every cell gets a style (streamed cells without one cost a lookup).
 */
final class SafeCells {
    /** 1970-01-01 as an Excel serial day (1900 date system). */
    private static final long EPOCH_SERIAL = 25_569;

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
            cell.setCellStyle(styles.plain());
            return;
        }
        String value = text.length() > 32_767 ? text.substring(0, 32_767) : text; // Excel's cell limit
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quotedText() : styles.plain());
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
            Cell blank = row.createCell(column);
            blank.setCellStyle(style);
        } else {
            number(row, column, value.doubleValue(), style);
        }
    }

    /** A moment as a local date-time in {@code zone}; blank when null. */
    static void dateTime(Row row, int column, Instant at, ZoneId zone, CellStyle style) {
        if (at == null) {
            row.createCell(column).setCellStyle(style);
            return;
        }
        long local = at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds();
        number(row, column, EPOCH_SERIAL + local / 86_400.0, style);
    }

    static void date(Row row, int column, LocalDate day, CellStyle style) {
        number(row, column, EPOCH_SERIAL + day.toEpochDay(), style);
    }
}
