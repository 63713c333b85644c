package io.vitrine.report;

import io.vitrine.insights.EventType;
import io.vitrine.insights.Money;
import io.vitrine.insights.Totals;
import io.vitrine.report.ReportRows.PostRow;
import io.vitrine.report.ReportRows.ReportData;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One row per post: where it stands, its engagement in the period, click-through and revenue per currency. */
final class PostsSheet {
    static final String NAME = "Posts";
    private static final List<EventType> COUNTED = List.of(EventType.IMPRESSION, EventType.SMILE, EventType.COMMENT,
            EventType.PRODUCT_CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);

    private PostsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ReportData data) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        String zone = " (" + data.zone().getId() + ")";
        List<String> columns = new ArrayList<>(List.of("Post", "Caption", "Campaign", "Status", "Scheduled" + zone,
                "Published" + zone, "Images", "Tags"));
        List<Integer> widths = new ArrayList<>(List.of(8, 50, 18, 11, 17, 17, 8, 7));
        for (EventType type : COUNTED) {
            columns.add(type.plural());
            widths.add(12);
        }
        columns.add("Click-through rate");
        widths.add(12);
        for (String currency : data.currencies()) {
            columns.add("Revenue (" + currency + ")");
            widths.add(14);
        }
        TableSheet.header(sheet, columns, widths, styles);
        int r = 1;
        for (PostRow post : data.posts()) {
            Row row = sheet.createRow(r++);
            Totals totals = post.totals().totals();
            int c = 0;
            SafeCells.number(row, c++, post.totals().id(), styles.plain());
            SafeCells.text(row, c++, post.totals().title(), styles);
            SafeCells.text(row, c++, post.campaign(), styles);
            SafeCells.text(row, c++, post.totals().status(), styles);
            SafeCells.dateTime(row, c++, post.scheduledAt(), data.zone(), styles.dateTime());
            SafeCells.dateTime(row, c++, post.publishedAt(), data.zone(), styles.dateTime());
            SafeCells.number(row, c++, post.images(), styles.integer());
            SafeCells.number(row, c++, post.tags(), styles.integer());
            for (EventType type : COUNTED) {
                SafeCells.number(row, c++, totals.count(type), styles.integer());
            }
            SafeCells.numberOrBlank(row, c++, totals.clickThrough(), styles.percent());
            for (String currency : data.currencies()) {
                SafeCells.number(row, c++, Money.micros(totals.revenue(), currency) / 1e6, styles.decimal());
            }
        }
        TableSheet.filter(sheet, columns.size(), r - 1);
    }
}
