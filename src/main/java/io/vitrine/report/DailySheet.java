package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.insights.TimeSeries;
import io.vitrine.report.ReportRows.ReportData;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One row per day of the period on the brand's clock (a day without events is a row of zeros), a column per
 * event type and per revenue currency, with native line charts of the audience and of shopping.
 */
final class DailySheet {
    static final String NAME = "Daily";

    private DailySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ReportData data) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = new ArrayList<>(List.of("Day (" + data.zone().getId() + ")"));
        List<Integer> widths = new ArrayList<>(List.of(12));
        for (EventType type : SummarySheet.TYPES) {
            columns.add(type.plural());
            widths.add(12);
        }
        for (String currency : data.currencies()) {
            columns.add("Revenue (" + currency + ")");
            widths.add(14);
        }
        TableSheet.header(sheet, columns, widths, styles);
        TimeSeries series = data.daily();
        int r = 1;
        for (int i = 0; data.period() != null && i < series.starts().size(); i++) {
            Row row = sheet.createRow(r++);
            SafeCells.date(row, 0, data.period().from().plusDays(i), styles.date());
            int c = 1;
            for (EventType type : SummarySheet.TYPES) {
                SafeCells.number(row, c++, series.values(type)[i], styles.integer());
            }
            for (String currency : data.currencies()) {
                long[] micros = series.revenue().get(currency);
                SafeCells.number(row, c++, micros == null ? 0 : micros[i] / 1e6, styles.decimal());
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
        if (r > 1) {
            int chartColumn = columns.size() + 1;
            ExcelCharts.lines(sheet, new ExcelCharts.Placement(chartColumn, 1, chartColumn + 10, 22),
                    "Audience per day", 0, new int[] {1, 2, 3, 4}, 0, 1, r - 1);
            ExcelCharts.lines(sheet, new ExcelCharts.Placement(chartColumn, 23, chartColumn + 10, 44),
                    "Shopping per day", 0, new int[] {5, 6, 7}, 0, 1, r - 1);
        }
    }
}
