package io.vitrine.report;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.report.ReportRows.PostRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One row per post with its engagement, click-through rate and revenue. */
final class PostsSheet {
    static final String NAME = "Posts";

    private PostsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, List<PostRow> posts) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> columns = new ArrayList<>(List.of("Post", "Caption", "Campaign", "Status", "Scheduled (UTC)",
                "Published (UTC)", "Images", "Tags"));
        List<Integer> widths = new ArrayList<>(List.of(8, 50, 18, 11, 18, 18, 8, 7));
        for (EventType type : SummarySheet.FUNNEL) {
            if (type != EventType.VOTE) {
                columns.add(type.plural());
                widths.add(13);
            }
        }
        columns.addAll(List.of("Click-through rate", "Revenue"));
        widths.addAll(List.of(12, 12));
        TableSheet.header(sheet, columns, widths, styles);
        int r = 1;
        for (PostRow post : posts) {
            Row row = sheet.createRow(r++);
            int c = 0;
            SafeCells.number(row, c++, post.id(), null);
            SafeCells.text(row, c++, post.caption(), styles);
            SafeCells.text(row, c++, post.campaign(), styles);
            SafeCells.text(row, c++, post.status(), styles);
            SafeCells.text(row, c++, shortTime(post.scheduledAt()), styles);
            SafeCells.text(row, c++, shortTime(post.publishedAt()), styles);
            SafeCells.number(row, c++, post.images(), styles.integer());
            SafeCells.number(row, c++, post.tags(), styles.integer());
            for (EventType type : SummarySheet.FUNNEL) {
                if (type != EventType.VOTE) {
                    SafeCells.number(row, c++, post.events().get(type), styles.integer());
                }
            }
            long impressions = post.events().get(EventType.IMPRESSION);
            if (impressions > 0) {
                SafeCells.number(row, c++, (double) post.events().get(EventType.PRODUCT_CLICK) / impressions, styles.percent());
            } else {
                row.createCell(c++);
            }
            SafeCells.number(row, c, Formats.fromMicros(post.revenueMicros()).doubleValue(), styles.decimal());
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }

    /** "2026-11-22T10:15:00Z" → "2026-11-22 10:15". */
    static String shortTime(String isoInstant) {
        if (isoInstant == null || isoInstant.length() < 16) {
            return isoInstant;
        }
        return isoInstant.substring(0, 10) + " " + isoInstant.substring(11, 16);
    }
}
