package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.insights.DailyCounts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Events per day and type, with a native line chart of the audience funnel over time. */
final class DailySheet {
    static final String NAME = "Daily";

    private DailySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, List<DailyCounts> days) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = new ArrayList<>(List.of("Day"));
        List<Integer> widths = new ArrayList<>(List.of(12));
        for (EventType type : SummarySheet.FUNNEL) {
            columns.add(type.plural());
            widths.add(14);
        }
        TableSheet.header(sheet, columns, widths, styles);
        int r = 1;
        for (DailyCounts day : days) {
            Row row = sheet.createRow(r++);
            SafeCells.text(row, 0, day.day().toString(), styles);
            int c = 1;
            for (EventType type : SummarySheet.FUNNEL) {
                SafeCells.number(row, c++, day.events().get(type), styles.integer());
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
        if (!days.isEmpty()) {
            int chartColumn = columns.size() + 1;
            ExcelCharts.lines(sheet, new ExcelCharts.Placement(chartColumn, 1, chartColumn + 10, 22),
                    "Audience per day", 0, new int[] {1, 2, 3, 4}, 0, 1, r - 1);
            ExcelCharts.lines(sheet, new ExcelCharts.Placement(chartColumn, 23, chartColumn + 10, 44),
                    "Shopping per day", 0, new int[] {5, 6, 7}, 0, 1, r - 1);
        }
    }
}
