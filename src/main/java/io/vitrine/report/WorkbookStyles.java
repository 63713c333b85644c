package io.vitrine.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a report uses, created once per workbook (Excel caps styles at 64,000). */
final class WorkbookStyles {
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle dateTime;
    private final CellStyle quotedText;

    WorkbookStyles(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        header = workbook.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);

        title = workbook.createCellStyle();
        title.setFont(big);

        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
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

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle quotedText() {
        return quotedText;
    }
}
