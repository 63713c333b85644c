package io.vitrine.report;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.report.ReportRows.Kpis;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** First sheet: what the report covers, the headline numbers, and the engagement funnel as a chart. */
final class SummarySheet {
    static final String NAME = "Summary";
    /** Funnel order, as a marketer reads it. */
    static final List<EventType> FUNNEL = List.of(EventType.IMPRESSION, EventType.SMILE, EventType.COMMENT,
            EventType.VOTE, EventType.PRODUCT_CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, String workspaceName, ReportScope scope, Kpis kpis,
                      Instant generatedAt) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Row title = sheet.createRow(0);
        SafeCells.text(title, 0, "Vitrine Studio report — " + workspaceName, styles);
        title.getCell(0).setCellStyle(styles.title());
        label(sheet, 1, "Scope", scope.describe(), styles);
        label(sheet, 2, "Generated", generatedAt.toString(), styles);

        int r = 4;
        Row header = sheet.createRow(r++);
        SafeCells.text(header, 0, "Measure", styles);
        SafeCells.text(header, 1, "Value", styles);
        header.getCell(0).setCellStyle(styles.header());
        header.getCell(1).setCellStyle(styles.header());
        r = count(sheet, r, "Posts", kpis.posts(), styles);
        r = count(sheet, r, "Posts published", kpis.publishedPosts(), styles);
        r = count(sheet, r, "Polls", kpis.polls(), styles);
        int funnelStart = r;
        for (EventType type : FUNNEL) {
            r = count(sheet, r, type.plural(), kpis.events().get(type), styles);
        }
        int funnelEnd = r - 1;
        long impressions = kpis.events().get(EventType.IMPRESSION);
        long clicks = kpis.events().get(EventType.PRODUCT_CLICK);
        r = ratio(sheet, r, "Click-through rate (clicks / impressions)", clicks, impressions, styles);
        r = ratio(sheet, r, "Conversion (purchases / clicks)", kpis.events().get(EventType.PURCHASE), clicks, styles);
        for (Map.Entry<String, Long> revenue : kpis.revenueMicrosByCurrency().entrySet()) {
            Row row = sheet.createRow(r++);
            SafeCells.text(row, 0, "Revenue (" + revenue.getKey() + ")", styles);
            SafeCells.number(row, 1, Formats.fromMicros(revenue.getValue()).doubleValue(), styles.decimal());
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        ExcelCharts.bars(sheet, new ExcelCharts.Placement(3, 4, 11, 24), "Engagement funnel", 0, 1,
                funnelStart, funnelEnd, true);
    }

    private static void label(XSSFSheet sheet, int rowIndex, String label, String value, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        SafeCells.text(row, 1, value, styles);
    }

    private static int count(XSSFSheet sheet, int rowIndex, String label, long value, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        SafeCells.number(row, 1, value, styles.integer());
        return rowIndex + 1;
    }

    private static int ratio(XSSFSheet sheet, int rowIndex, String label, long part, long whole, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        if (whole > 0) {
            SafeCells.number(row, 1, (double) part / whole, styles.percent());
        } else {
            SafeCells.text(row, 1, "n/a", styles);
        }
        return rowIndex + 1;
    }
}
