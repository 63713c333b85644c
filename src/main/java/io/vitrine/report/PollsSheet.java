package io.vitrine.report;

import io.vitrine.report.ReportRows.PollOptionRow;
import io.vitrine.report.ReportRows.SegmentVotes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Polls: one row per option with votes, share and impressions; and votes by audience segment. */
final class PollsSheet {
    static final String NAME = "Polls";
    static final String SEGMENTS = "Votes by segment";

    private PollsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, List<PollOptionRow> options) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = List.of("Poll", "Question", "Status", "Option", "Label", "Catalog item", "Votes",
                "Share of votes", "Impressions", "Votes per impression");
        TableSheet.header(sheet, columns, List.of(7, 44, 11, 8, 28, 16, 10, 12, 12, 12), styles);
        Map<Long, Long> votesPerPoll = options.stream()
                .collect(Collectors.groupingBy(PollOptionRow::pollId, Collectors.summingLong(PollOptionRow::votes)));
        int r = 1;
        for (PollOptionRow option : options) {
            Row row = sheet.createRow(r++);
            SafeCells.number(row, 0, option.pollId(), null);
            SafeCells.text(row, 1, option.question(), styles);
            SafeCells.text(row, 2, option.status(), styles);
            SafeCells.text(row, 3, String.valueOf((char) ('A' + option.position())), styles);
            SafeCells.text(row, 4, option.label(), styles);
            SafeCells.text(row, 5, option.itemId(), styles);
            SafeCells.number(row, 6, option.votes(), styles.integer());
            long total = votesPerPoll.get(option.pollId());
            SafeCells.numberOrBlank(row, 7, total > 0 ? (double) option.votes() / total : null, styles.percent());
            SafeCells.number(row, 8, option.impressions(), styles.integer());
            SafeCells.numberOrBlank(row, 9, option.impressions() > 0 ? (double) option.votes() / option.impressions() : null,
                    styles.percent());
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }

    static void writeSegments(XSSFWorkbook workbook, WorkbookStyles styles, List<SegmentVotes> rows) {
        XSSFSheet sheet = workbook.createSheet(SEGMENTS);
        List<String> columns = List.of("Poll", "Question", "Segment", "Value", "Option", "Label", "Votes");
        TableSheet.header(sheet, columns, List.of(7, 44, 18, 16, 8, 28, 10), styles);
        int r = 1;
        for (SegmentVotes votes : rows) {
            Row row = sheet.createRow(r++);
            SafeCells.number(row, 0, votes.pollId(), null);
            SafeCells.text(row, 1, votes.question(), styles);
            SafeCells.text(row, 2, votes.dimension(), styles);
            SafeCells.text(row, 3, votes.segment(), styles);
            SafeCells.text(row, 4, String.valueOf((char) ('A' + votes.position())), styles);
            SafeCells.text(row, 5, votes.label(), styles);
            SafeCells.number(row, 6, votes.votes(), styles.integer());
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }
}
