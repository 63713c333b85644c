package io.vitrine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.common.Progress;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsService;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollFeature;
import io.vitrine.workspace.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports a real workspace and reads the workbook back the way Excel would. */
class ReportExporterIT {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    @TempDir
    Path dir;
    Workspace workspace;
    long campaign;
    long post;
    long otherPost;
    long poll;

    @BeforeEach
    void workspaceWithEngagement() {
        workspace = Workspace.create(dir.resolve("r.vitrine"), "Report Shop");
        workspace.database().write(sql -> {
            long brand = sql.insert("INSERT INTO brand_profile(name, handle, created_at) VALUES ('B', 'b', 'x')");
            campaign = sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Autumn', 'x')");
            post = sql.insert("INSERT INTO post(brand_id, campaign_id, caption, status, published_at, created_at, updated_at)"
                    + " VALUES (?, ?, '=HYPERLINK(\"http://evil\",\"click\")', 'published', ?, 'x', 'x')", brand, campaign, T.toString());
            otherPost = sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, 'No campaign', 'draft', 'x', 'x')", brand);
            poll = sql.insert("INSERT INTO poll(brand_id, campaign_id, question, duration_hours, status, created_at, updated_at)"
                    + " VALUES (?, ?, 'Which lamp?', 48, 'published', 'x', 'x')", brand, campaign);
            sql.update("INSERT INTO poll_option(poll_id, position, label) VALUES (?, 0, 'Sage'), (?, 1, '+Ochre')", poll, poll);
            return null;
        });
        List<EngagementEvent> events = new ArrayList<>();
        Segment fr = new Segment("home", "FR", "25-34", false);
        events.add(event("i1", EventType.IMPRESSION, post, null, null, null, fr, 0));
        events.add(event("i2", EventType.IMPRESSION, post, null, null, null, fr, 1));
        events.add(event("c1", EventType.COMMENT, post, null, null, "@SUM(A1:A9) love it", fr, 2));
        events.add(event("k1", EventType.PRODUCT_CLICK, post, null, null, null, fr, 3));
        events.add(new EngagementEvent("p1", EventType.PURCHASE, T.plusSeconds(4000), post, null, null, "LAMP-1",
                89_500_000L, "EUR", null, fr));
        events.add(event("v1", EventType.VOTE, null, poll, 0, null, fr, 5));
        events.add(event("v2", EventType.VOTE, null, poll, 1, null, new Segment("home", "DE", "35-44", true), 90_000));
        events.add(event("x1", EventType.IMPRESSION, otherPost, null, null, null, fr, 6));
        new EngagementRepository(workspace.database()).store(events);
    }

    private static EngagementEvent event(String id, EventType type, Long post, Long poll, Integer option, String comment,
                                         Segment segment, int secondsLater) {
        return new EngagementEvent(id, type, T.plusSeconds(secondsLater), post, poll, option, null, null, null, comment, segment);
    }

    private ReportExporter exporter() {
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        return ReportFeature.of(workspace, InsightsFeature.of(workspace.database()), PollFeature.of(workspace, clock), clock).exporter();
    }

    @Test
    void workspaceReportHasEverySheetNativeChartsAndFilters() throws Exception {
        ReportResult result = exporter().export(ReportOptions.of(ReportScope.WORKSPACE, true), dir.resolve("all.xlsx"),
                Progress.NONE);
        assertThat(result.sheets()).containsExactly("Summary", "Daily", "Posts", "Products", "Poll verdicts", "Polls",
                "Votes by segment", "Events");
        assertThat(result.eventRows()).isEqualTo(8);
        assertThat(result.charts()).isEqualTo(3);
        try (XSSFWorkbook book = read(result.file())) {
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(valueOf(summary, "Impressions")).isEqualTo(3.0);
            assertThat(valueOf(summary, "Purchases")).isEqualTo(1.0);
            assertThat(valueOf(summary, "Revenue (EUR)")).isEqualTo(89.5);
            assertThat(valueOf(summary, "Click-through rate (post clicks / post impressions)")).isEqualTo(1.0 / 3);

            XSSFSheet posts = book.getSheet("Posts");
            assertThat(posts.getPaneInformation().isFreezePane()).isTrue();
            assertThat(posts.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(posts.getLastRowNum()).isEqualTo(2);
            assertThat(posts.getRow(0).getCell(posts.getRow(0).getLastCellNum() - 1).getStringCellValue()).isEqualTo("Revenue (EUR)");
            assertThat(book.getSheet("Daily").getDrawingPatriarch().getCharts()).hasSize(2);
            // every series carries its own colour: LibreOffice draws nothing for series without one
            for (var chart : book.getSheet("Daily").getDrawingPatriarch().getCharts()) {
                assertThat(chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray())
                        .allSatisfy(series -> assertThat(series.getSpPr().getLn().isSetSolidFill()).isTrue());
            }

            XSSFSheet polls = book.getSheet("Polls");
            assertThat(polls.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0); // votes for Sage
            assertThat(polls.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(0.5); // share
            double low = polls.getRow(1).getCell(7).getNumericCellValue();
            double high = polls.getRow(1).getCell(8).getNumericCellValue();
            assertThat(low).isLessThan(0.5);
            assertThat(high).isGreaterThan(0.5);
            XSSFSheet verdicts = book.getSheet("Poll verdicts");
            assertThat(verdicts.getRow(1).getCell(5).getStringCellValue()).isEqualTo("too early to call");
            XSSFSheet segments = book.getSheet("Votes by segment");
            assertThat(segments.getLastRowNum()).isPositive();
            // one vote from France, one from Germany: seven segments (both like "home"), none with votes enough for a call
            assertThat(segments.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Adjusted p (Holm)");
            assertThat(segments.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(segments.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("[<0.001]\"<0.001\";0.000");
            assertThat(segments.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(7.0);
        }
    }

    @Test
    void datesAndTimesAreRealExcelDatesOnTheBrandsClock() throws Exception {
        ReportResult result = exporter().export(ReportOptions.of(ReportScope.WORKSPACE, true), dir.resolve("dates.xlsx"),
                Progress.NONE);
        try (XSSFWorkbook book = read(result.file())) {
            var generated = row(book.getSheet("Summary"), "Generated").getCell(1);
            assertThat(generated.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.parse("2026-11-20T09:00:00"));
            var day = book.getSheet("Daily").getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.parse("2026-11-20"));
            XSSFSheet events = book.getSheet("Events");
            var time = events.getRow(4).getCell(2); // k1, three seconds after T
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.parse("2026-11-20T09:00:03"));
            var published = book.getSheet("Posts").getRow(1).getCell(5);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(events.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Time (UTC)");
        }
    }

    @Test
    void productsSheetHasTheCliFiguresAndEverySheetPrintsLandscapeOnePageWide() throws Exception {
        workspace.database().write(sql -> sql.update("INSERT INTO catalog_item(id, title, price_micros, currency, updated_at)"
                + " VALUES ('LAMP-1', 'Lune lamp', 89500000, 'EUR', 'x')"));
        ReportResult result = exporter().export(ReportOptions.of(ReportScope.WORKSPACE, false), dir.resolve("p.xlsx"),
                Progress.NONE);
        var products = new InsightsService(workspace.database()).products(InsightsFilter.ALL);
        try (XSSFWorkbook book = read(result.file())) {
            XSSFSheet sheet = book.getSheet("Products");
            assertThat(sheet.getLastRowNum()).isEqualTo(products.size());
            for (int i = 0; i < products.size(); i++) {
                var row = sheet.getRow(i + 1);
                var product = products.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(product.itemId());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(product.totals().count(EventType.PRODUCT_CLICK));
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(product.totals().count(EventType.PURCHASE));
                assertThat(row.getCell(7).getNumericCellValue())
                        .isEqualTo(io.vitrine.insights.Money.micros(product.totals().revenue(), "EUR") / 1e6);
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lune lamp");
            for (var each : book) {
                assertThat(each.getPrintSetup().getLandscape()).as(each.getSheetName()).isTrue();
                assertThat(each.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(each.getFitToPage()).isTrue();
            }
            var header = book.getSheet("Posts").getRow(0);
            for (var cell : header) {
                assertThat(cell.getCellStyle().getWrapText()).isFalse();
                assertThat(book.getSheet("Posts").getColumnWidth(cell.getColumnIndex()) / 256)
                        .isGreaterThan(cell.getStringCellValue().length());
            }
        }
    }

    @Test
    void aPeriodLimitsEveryFigureAndComparesWithTheDaysBefore() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.parse("2026-11-21");
        ReportResult result = exporter().export(ReportOptions.of(ReportScope.WORKSPACE,
                new io.vitrine.insights.InsightsPeriod(day, day), true), dir.resolve("day.xlsx"), Progress.NONE);
        assertThat(result.eventRows()).isEqualTo(1); // v2, a day later
        try (XSSFWorkbook book = read(result.file())) {
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(valueOf(summary, "Votes")).isEqualTo(1.0);
            assertThat(row(summary, "Impressions").getCell(2).getNumericCellValue()).isEqualTo(3.0); // the 20th
            assertThat(book.getSheet("Daily").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsQuotedText() throws Exception {
        ReportResult result = exporter().export(ReportOptions.of(ReportScope.WORKSPACE, true), dir.resolve("safe.xlsx"),
                Progress.NONE);
        try (XSSFWorkbook book = read(result.file())) {
            var caption = book.getSheet("Posts").getRow(1).getCell(1);
            assertThat(caption.getCellType()).isEqualTo(CellType.STRING);
            assertThat(caption.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(caption.getCellStyle().getQuotePrefixed()).isTrue();
            var label = book.getSheet("Polls").getRow(2).getCell(3);
            assertThat(label.getStringCellValue()).isEqualTo("+Ochre");
            assertThat(label.getCellStyle().getQuotePrefixed()).isTrue();
            boolean commentQuoted = false;
            for (var row : book.getSheet("Events")) {
                var cell = row.getCell(9);
                if (cell != null && cell.getStringCellValue().startsWith("@SUM")) {
                    commentQuoted = cell.getCellType() == CellType.STRING && cell.getCellStyle().getQuotePrefixed();
                }
            }
            assertThat(commentQuoted).isTrue();
            assertThat(SafeCells.looksLikeFormula("-1")).isTrue();
            assertThat(SafeCells.looksLikeFormula("\tcmd")).isTrue();
            assertThat(SafeCells.looksLikeFormula("Lamp = nice")).isFalse();
        }
    }

    @Test
    void rawEventsSplitAcrossSheetsAtTheRowLimit() throws Exception {
        ReportResult result = exporter().export(new ReportOptions(ReportScope.WORKSPACE, null, true, 4), dir.resolve("split.xlsx"),
                Progress.NONE);
        assertThat(result.sheets()).contains("Events", "Events (2)", "Events (3)");
        try (XSSFWorkbook book = read(result.file())) {
            long rows = 0;
            for (String name : List.of("Events", "Events (2)", "Events (3)")) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getLastRowNum() + 1).isLessThanOrEqualTo(4);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Event id");
                rows += sheet.getLastRowNum();
            }
            assertThat(rows).isEqualTo(8);
        }
    }

    @Test
    void campaignReportOnlyCountsTheCampaign() throws Exception {
        ReportScope autumn = exporter().campaignScope("Autumn");
        ReportResult result = exporter().export(ReportOptions.of(autumn, true), dir.resolve("autumn"), Progress.NONE);
        assertThat(result.file()).endsWith("autumn.xlsx");
        assertThat(result.eventRows()).isEqualTo(7); // x1 belongs to the post outside the campaign
        try (XSSFWorkbook book = read(result.file())) {
            assertThat(valueOf(book.getSheet("Summary"), "Impressions")).isEqualTo(2.0);
            assertThat(book.getSheet("Posts").getLastRowNum()).isEqualTo(1);
        }
        assertThatThrownBy(() -> exporter().campaignScope("Nope")).hasMessageContaining("no campaign named");
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path target = dir.resolve("cancelled.xlsx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> exporter().export(ReportOptions.of(ReportScope.WORKSPACE, true), target, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("cancelled.xlsx.part")).doesNotExist();
    }

    private static XSSFWorkbook read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return new XSSFWorkbook(in);
        }
    }

    private static double valueOf(XSSFSheet sheet, String label) {
        return row(sheet, label).getCell(1).getNumericCellValue();
    }

    private static org.apache.poi.ss.usermodel.Row row(XSSFSheet sheet, String label) {
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
