package io.vitrine.report;

import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Raw events, streamed (SXSSF keeps only a window of rows in memory) and split into "Events",
 * "Events (2)", … whenever a sheet reaches Excel's row limit.
 */
final class EventsSheets {
    static final String NAME = "Events";
    private static final List<String> COLUMNS = List.of("Event id", "Type", "Time (UTC)", "Post", "Poll", "Option",
            "Catalog item", "Amount", "Currency", "Comment", "Interest", "Region", "Age band", "Returning");
    private static final List<Integer> WIDTHS = List.of(24, 13, 18, 7, 7, 7, 16, 10, 9, 50, 14, 9, 9, 10);

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final int maxRowsPerSheet;
    private final List<String> sheetNames = new ArrayList<>();
    private Sheet sheet;
    private int nextRow;
    private long written;

    EventsSheets(SXSSFWorkbook workbook, WorkbookStyles styles, int maxRowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    void write(ReportRepository repository, ReportScope scope, Progress progress, long expected) {
        newSheet();
        repository.forEachEvent(scope, event -> {
            if (nextRow >= maxRowsPerSheet) {
                finishSheet();
                newSheet();
            }
            Row row = sheet.createRow(nextRow++);
            SafeCells.text(row, 0, event.getString(1), styles);
            SafeCells.text(row, 1, event.getString(2), styles);
            SafeCells.text(row, 2, PostsSheet.shortTime(event.getString(3)), styles);
            SafeCells.numberOrBlank(row, 3, (Number) event.getObject(4), null);
            SafeCells.numberOrBlank(row, 4, (Number) event.getObject(5), null);
            Number option = (Number) event.getObject(6);
            SafeCells.text(row, 5, option == null ? null : String.valueOf((char) ('A' + option.intValue())), styles);
            SafeCells.text(row, 6, event.getString(7), styles);
            Number amount = (Number) event.getObject(8);
            SafeCells.numberOrBlank(row, 7, amount == null ? null : Formats.fromMicros(amount.longValue()), styles.decimal());
            SafeCells.text(row, 8, event.getString(9), styles);
            SafeCells.text(row, 9, event.getString(10), styles);
            SafeCells.text(row, 10, event.getString(11), styles);
            SafeCells.text(row, 11, event.getString(12), styles);
            SafeCells.text(row, 12, event.getString(13), styles);
            Number returning = (Number) event.getObject(14);
            SafeCells.text(row, 13, returning == null ? null : returning.intValue() == 1 ? "returning" : "new", styles);
            written++;
            if (written % 10_000 == 0) {
                progress.checkCancelled();
                progress.update(written, expected, "Writing events: " + Formats.count(written));
            }
        });
        finishSheet();
    }

    private void newSheet() {
        String name = sheetNames.isEmpty() ? NAME : NAME + " (" + (sheetNames.size() + 1) + ")";
        sheet = workbook.createSheet(name);
        sheetNames.add(name);
        TableSheet.header(sheet, COLUMNS, WIDTHS, styles);
        nextRow = 1;
    }

    private void finishSheet() {
        TableSheet.filter(sheet, COLUMNS.size(), nextRow - 1);
    }

    long written() {
        return written;
    }

    List<String> sheetNames() {
        return sheetNames;
    }
}
