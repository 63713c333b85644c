package io.vitrine.report;

import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import io.vitrine.insights.InsightsPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Raw events, streamed (SXSSF keeps only a window of rows in memory) and split into "Events",
 * "Events (2)", … whenever a sheet reaches Excel's row limit. Times are Excel date-times with seconds on the
 * brand's clock. Column widths are set when a sheet is finished: while a sheet has column definitions, POI
 * looks up a column style for every streamed cell (measured: most of the export's overhead over bare SXSSF).
 */
final class EventsSheets {
    static final String NAME = "Events";
    private static final List<Integer> WIDTHS = List.of(24, 13, 20, 7, 7, 7, 16, 10, 9, 50, 14, 9, 9, 10);

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final int maxRowsPerSheet;
    private final ZoneId zone;
    private final List<String> columns;
    private final List<String> sheetNames = new ArrayList<>();
    private Sheet sheet;
    private int nextRow;
    private long written;

    EventsSheets(SXSSFWorkbook workbook, WorkbookStyles styles, int maxRowsPerSheet, ZoneId zone) {
        this.workbook = workbook;
        this.styles = styles;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.zone = zone;
        this.columns = List.of("Event id", "Type", "Time (" + zone.getId() + ")", "Post", "Poll", "Option",
                "Catalog item", "Amount", "Currency", "Comment", "Interest", "Region", "Age band", "Returning");
    }

    void write(ReportRepository repository, ReportScope scope, InsightsPeriod period, Progress progress) {
        newSheet();
        repository.forEachEvent(scope, period, event -> {
            if (nextRow >= maxRowsPerSheet) {
                finishSheet();
                newSheet();
            }
            writeRow(sheet.createRow(nextRow++), event);
            written++;
            if (written % 10_000 == 0) {
                progress.checkCancelled();
                progress.update(written, -1, "Writing events: " + Formats.count(written));
            }
        });
        finishSheet();
    }

    private void writeRow(Row row, ResultSet event) throws SQLException {
        SafeCells.text(row, 0, event.getString(1), styles);
        SafeCells.text(row, 1, event.getString(2), styles);
        SafeCells.dateTime(row, 2, Instant.parse(event.getString(3)), zone, styles.dateTimeSeconds());
        SafeCells.numberOrBlank(row, 3, (Number) event.getObject(4), styles.plain());
        SafeCells.numberOrBlank(row, 4, (Number) event.getObject(5), styles.plain());
        Number option = (Number) event.getObject(6);
        SafeCells.text(row, 5, option == null ? null : String.valueOf((char) ('A' + option.intValue())), styles);
        SafeCells.text(row, 6, event.getString(7), styles);
        Number amount = (Number) event.getObject(8);
        SafeCells.numberOrBlank(row, 7, amount == null ? null : amount.longValue() / 1e6, styles.decimal());
        SafeCells.text(row, 8, event.getString(9), styles);
        SafeCells.text(row, 9, event.getString(10), styles);
        SafeCells.text(row, 10, event.getString(11), styles);
        SafeCells.text(row, 11, event.getString(12), styles);
        SafeCells.text(row, 12, event.getString(13), styles);
        Number returning = (Number) event.getObject(14);
        SafeCells.text(row, 13, returning == null ? null : returning.intValue() == 1 ? "returning" : "new", styles);
    }

    private void newSheet() {
        String name = sheetNames.isEmpty() ? NAME : NAME + " (" + (sheetNames.size() + 1) + ")";
        sheet = workbook.createSheet(name);
        sheetNames.add(name);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(20);
        for (int c = 0; c < columns.size(); c++) {
            SafeCells.text(header, c, columns.get(c), styles);
            header.getCell(c).setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void finishSheet() {
        TableSheet.widths(sheet, columns, WIDTHS);
        TableSheet.print(sheet, true);
        TableSheet.filter(sheet, columns.size(), nextRow - 1);
    }

    long written() {
        return written;
    }

    List<String> sheetNames() {
        return sheetNames;
    }
}
