package io.vitrine.report;

import io.vitrine.poll.PollResultsDocument;
import io.vitrine.poll.PollResultsDocument.Option;
import io.vitrine.poll.PollResultsDocument.Segment;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Polls as the statistics engine reads them (the same numbers as the Polls screen and
 * {@code poll results --json}): one verdict row per poll, one row per option with its interval and
 * probability of being best, and every segment's split with its verdict adjusted for the poll's other segments.
 */
final class PollsSheet {
    static final String VERDICTS = "Poll verdicts";
    static final String NAME = "Polls";
    static final String SEGMENTS = "Votes by segment";

    private PollsSheet() {
    }

    static void writeVerdicts(XSSFWorkbook workbook, WorkbookStyles styles, List<PollResultsDocument> polls) {
        XSSFSheet sheet = workbook.createSheet(VERDICTS);
        List<String> columns = List.of("Poll", "Question", "Status", "Votes", "Leader", "Verdict", "In words",
                "Options shown unevenly", "Comments");
        TableSheet.header(sheet, columns, List.of(7, 40, 11, 10, 22, 22, 70, 12, 10), styles);
        int r = 1;
        for (PollResultsDocument poll : polls) {
            Row row = sheet.createRow(r++);
            SafeCells.number(row, 0, poll.pollId(), styles.plain());
            SafeCells.text(row, 1, poll.question(), styles);
            SafeCells.text(row, 2, poll.status(), styles);
            SafeCells.number(row, 3, poll.totalVotes(), styles.integer());
            SafeCells.text(row, 4, poll.leaderPosition() == null ? null
                    : poll.options().get(poll.leaderPosition()).label(), styles);
            SafeCells.text(row, 5, poll.verdict().replace('_', ' '), styles);
            SafeCells.text(row, 6, poll.verdictText(), styles);
            SafeCells.text(row, 7, poll.srm().flagged() ? "yes" : "no", styles);
            SafeCells.number(row, 8, poll.comments(), styles.integer());
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }

    static void writeOptions(XSSFWorkbook workbook, WorkbookStyles styles, List<PollResultsDocument> polls) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = List.of("Poll", "Question", "Option", "Label", "Catalog item", "Votes", "Share",
                "95% low", "95% high", "Probability best", "Expected loss", "Impressions");
        TableSheet.header(sheet, columns, List.of(7, 40, 8, 26, 16, 10, 9, 9, 9, 12, 11, 12), styles);
        int r = 1;
        for (PollResultsDocument poll : polls) {
            for (Option option : poll.options()) {
                Row row = sheet.createRow(r++);
                SafeCells.number(row, 0, poll.pollId(), styles.plain());
                SafeCells.text(row, 1, poll.question(), styles);
                SafeCells.text(row, 2, option.letter(), styles);
                SafeCells.text(row, 3, option.label(), styles);
                SafeCells.text(row, 4, option.itemId(), styles);
                SafeCells.number(row, 5, option.votes(), styles.integer());
                SafeCells.number(row, 6, option.share(), styles.percent());
                SafeCells.number(row, 7, option.ciLow(), styles.percent());
                SafeCells.number(row, 8, option.ciHigh(), styles.percent());
                SafeCells.number(row, 9, option.probabilityBest(), styles.percent());
                SafeCells.number(row, 10, option.expectedLoss(), styles.percent());
                long[] impressions = poll.srm().impressions();
                SafeCells.numberOrBlank(row, 11, impressions != null && option.position() < impressions.length
                        ? impressions[option.position()] : null, styles.integer());
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }

    static void writeSegments(XSSFWorkbook workbook, WorkbookStyles styles, List<PollResultsDocument> polls) {
        XSSFSheet sheet = workbook.createSheet(SEGMENTS);
        // a segment's verdict is weighed against every segment of its poll (Holm): the adjusted p and the family size say so
        List<String> columns = List.of("Poll", "Question", "Segment", "Option", "Label", "Votes", "Share",
                "Segment verdict", "Adjusted p (Holm)", "Segments compared", "Disagrees with overall");
        TableSheet.header(sheet, columns, List.of(7, 40, 22, 8, 26, 10, 9, 22, 12, 12, 14), styles);
        int r = 1;
        for (PollResultsDocument poll : polls) {
            for (Segment segment : poll.segments()) {
                for (Option option : segment.options()) {
                    Row row = sheet.createRow(r++);
                    SafeCells.number(row, 0, poll.pollId(), styles.plain());
                    SafeCells.text(row, 1, poll.question(), styles);
                    SafeCells.text(row, 2, segment.segment(), styles);
                    SafeCells.text(row, 3, option.letter(), styles);
                    SafeCells.text(row, 4, option.label(), styles);
                    SafeCells.number(row, 5, option.votes(), styles.integer());
                    SafeCells.number(row, 6, option.share(), styles.percent());
                    SafeCells.text(row, 7, segment.verdict().replace('_', ' '), styles);
                    SafeCells.number(row, 8, segment.pValueAdjusted(), styles.pValue());
                    SafeCells.number(row, 9, poll.segmentsCompared(), styles.integer());
                    SafeCells.text(row, 10, segment.disagrees() ? "yes" : "no", styles);
                }
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }
}
