package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.insights.FunnelStep;
import io.vitrine.insights.Money;
import io.vitrine.insights.Summary;
import io.vitrine.insights.Totals;
import io.vitrine.report.ReportRows.ReportData;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * First sheet: what the report covers, the headline numbers against the previous period of the same length,
 * and the funnel (impressions → engagements → clicks → add-to-carts → purchases) as a table and a native chart.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final List<EventType> TYPES = List.of(EventType.values());

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ReportData data) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Row title = sheet.createRow(0);
        SafeCells.text(title, 0, "Vitrine Studio report — " + data.workspaceName(), styles);
        title.getCell(0).setCellStyle(styles.title());
        label(sheet, 1, "Scope", data.scope().describe(), styles);
        Row period = sheet.createRow(2);
        SafeCells.text(period, 0, "Period (" + data.zone().getId() + ")", styles);
        if (data.period() == null) {
            SafeCells.text(period, 1, "no events yet", styles);
        } else {
            SafeCells.date(period, 1, data.period().from(), styles.date());
            SafeCells.date(period, 2, data.period().to(), styles.date());
        }
        Row generated = sheet.createRow(3);
        SafeCells.text(generated, 0, "Generated", styles);
        SafeCells.dateTime(generated, 1, data.generatedAt(), data.zone(), styles.dateTime());

        Summary summary = data.summary();
        int r = header(sheet, 5, summary, styles);
        r = count(sheet, r, "Posts", data.inventory().posts(), null, styles);
        r = count(sheet, r, "Posts published", data.inventory().publishedPosts(), null, styles);
        r = count(sheet, r, "Polls", data.inventory().polls(), null, styles);
        for (EventType type : TYPES) {
            r = count(sheet, r, type.plural(), summary.totals().count(type),
                    summary.previous() == null ? null : summary.previous().count(type), styles);
        }
        r = ratio(sheet, r, "Click-through rate (post clicks / post impressions)", summary.totals().clickThrough(),
                summary.previous() == null ? null : summary.previous().clickThrough(), styles);
        r = ratio(sheet, r, "Conversion (purchases / clicks)", summary.totals().conversion(),
                summary.previous() == null ? null : summary.previous().conversion(), styles);
        for (String currency : data.currencies()) {
            r = money(sheet, r, "Revenue (" + currency + ")", summary.totals(), summary.previous(), currency, styles);
        }
        int funnelHeader = r + 1;
        r = funnel(sheet, funnelHeader, data, styles);
        sheet.setColumnWidth(0, 52 * 256);
        for (int c = 1; c <= 3; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        ExcelCharts.bars(sheet, new ExcelCharts.Placement(5, 5, 14, 26), "Funnel: impressions to purchases", 0, 1,
                funnelHeader + 1, r - 1, true);
        TableSheet.print(sheet, false);
    }

    private static int header(XSSFSheet sheet, int rowIndex, Summary summary, WorkbookStyles styles) {
        Row header = sheet.createRow(rowIndex);
        header.setHeightInPoints(20);
        String previous = summary.previousPeriod() == null ? "Previous period"
                : "Previous (" + summary.previousPeriod().from() + " to " + summary.previousPeriod().to() + ")";
        List<String> names = List.of("Measure", "This period", previous, "Change");
        for (int c = 0; c < names.size(); c++) {
            SafeCells.text(header, c, names.get(c), styles);
            header.getCell(c).setCellStyle(styles.header());
        }
        return rowIndex + 1;
    }

    private static void label(XSSFSheet sheet, int rowIndex, String label, String value, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        SafeCells.text(row, 1, value, styles);
    }

    private static int count(XSSFSheet sheet, int rowIndex, String label, long value, Long previous, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        SafeCells.number(row, 1, value, styles.integer());
        compare(row, value, previous, styles.integer(), styles);
        return rowIndex + 1;
    }

    private static int ratio(XSSFSheet sheet, int rowIndex, String label, Double value, Double previous, WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        SafeCells.numberOrBlank(row, 1, value, styles.percent());
        SafeCells.numberOrBlank(row, 2, previous, styles.percent());
        SafeCells.numberOrBlank(row, 3, value == null || previous == null || previous == 0 ? null
                : (value - previous) / previous, styles.change());
        return rowIndex + 1;
    }

    private static int money(XSSFSheet sheet, int rowIndex, String label, Totals now, Totals before, String currency,
                             WorkbookStyles styles) {
        Row row = sheet.createRow(rowIndex);
        SafeCells.text(row, 0, label, styles);
        long micros = Money.micros(now.revenue(), currency);
        SafeCells.number(row, 1, micros / 1e6, styles.decimal());
        compare(row, micros / 1e6, before == null ? null : Money.micros(before.revenue(), currency) / 1e6, styles.decimal(), styles);
        return rowIndex + 1;
    }

    private static void compare(Row row, double value, Number previous, org.apache.poi.ss.usermodel.CellStyle style,
                                WorkbookStyles styles) {
        SafeCells.numberOrBlank(row, 2, previous, style);
        boolean comparable = previous != null && previous.doubleValue() != 0;
        SafeCells.numberOrBlank(row, 3, comparable ? (value - previous.doubleValue()) / previous.doubleValue() : null,
                styles.change());
    }

    private static int funnel(XSSFSheet sheet, int rowIndex, ReportData data, WorkbookStyles styles) {
        Row header = sheet.createRow(rowIndex);
        header.setHeightInPoints(20);
        List<String> names = List.of("Funnel step", "Events", "Of the step before");
        for (int c = 0; c < names.size(); c++) {
            SafeCells.text(header, c, names.get(c), styles);
            header.getCell(c).setCellStyle(styles.header());
        }
        int r = rowIndex + 1;
        for (FunnelStep step : data.funnel().steps()) {
            Row row = sheet.createRow(r++);
            SafeCells.text(row, 0, step.label(), styles);
            SafeCells.number(row, 1, step.count(), styles.integer());
            SafeCells.numberOrBlank(row, 2, step.rate(), styles.percent());
        }
        return r;
    }
}
