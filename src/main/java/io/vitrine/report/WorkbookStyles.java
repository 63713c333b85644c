package io.vitrine.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles a report uses, created once per workbook (Excel caps styles at 64,000). Dates
 * and times are real Excel dates (numbers with a date format), so they sort, filter and chart as dates.
 */
final class WorkbookStyles {
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle change;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle dateTimeSeconds;
    private final CellStyle pValue;
    private final CellStyle quotedText;

    WorkbookStyles(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        plain = workbook.getCellStyleAt(0);
        header = workbook.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        // no wrapping: LibreOffice does not grow a row for wrapped text in a file, so wrapped headers were cut off;
        // columns are made wide enough for their header instead (TableSheet)
        title = workbook.createCellStyle();
        title.setFont(big);

        integer = styled(workbook, format.getFormat("#,##0"));
        decimal = styled(workbook, format.getFormat("#,##0.00"));
        percent = styled(workbook, format.getFormat("0.0%"));
        change = styled(workbook, format.getFormat("+0.0%;-0.0%;0.0%"));
        date = styled(workbook, format.getFormat("yyyy-mm-dd"));
        dateTime = styled(workbook, format.getFormat("yyyy-mm-dd hh:mm"));
        dateTimeSeconds = styled(workbook, format.getFormat("yyyy-mm-dd hh:mm:ss"));
        pValue = styled(workbook, format.getFormat("[<0.001]\"<0.001\";0.000"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
    }

    private static CellStyle styled(Workbook workbook, short dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }

    /** The default style, set explicitly: a streamed cell without one makes POI look up its column's style. */
    CellStyle plain() {
        return plain;
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle integer() {
        return integer;
    }

    CellStyle decimal() {
        return decimal;
    }

    CellStyle percent() {
        return percent;
    }

    /** A signed change: +12.5%, -3.0%. */
    CellStyle change() {
        return change;
    }

    CellStyle date() {
        return date;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle dateTimeSeconds() {
        return dateTimeSeconds;
    }

    /** A p-value to three decimals, "<0.001" below that. */
    CellStyle pValue() {
        return pValue;
    }

    CellStyle quotedText() {
        return quotedText;
    }
}
