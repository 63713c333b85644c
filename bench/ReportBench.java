import io.vitrine.common.Progress;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.report.ReportExporter;
import io.vitrine.report.ReportOptions;
import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import io.vitrine.workspace.Migrations;
import io.vitrine.workspace.Workspace;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report export with its raw events against a bare SXSSF write of the same rows and columns, in the same
 * process: the same SELECT over engagement_event streamed into a default SXSSFWorkbook, one sheet, no styles,
 * no other sheets (times written as the same Excel serial numbers). Rounds alternate; medians are compared.
 * Heap: the highest used heap sampled every 5 ms during the exports (run with -Xmx256m, so finishing proves
 * the bound). Its own generator: 40 posts with pins, 4 polls, N events over 60 days on Paris time.
 * Run with bench/report.sh [EVENTS]; the last line reads: report X s; bare SXSSF Y s; ratio Z; heap H MB
 */
public class ReportBench {
    private static final int ROUNDS = 3;
    private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    private static final String[] REGIONS = {"FR", "DE", "GB", "US", "ES", "IT"};
    private static final String[] AGES = {"18-24", "25-34", "35-44", "45-54", "55+"};
    private static final String[] INTERESTS = {"home", "lighting", "textiles", "design", "outdoors"};

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path out = Files.createDirectories(Path.of("bench/out"));
        Path file = out.resolve("report-" + events + "-v" + Migrations.latestVersion() + ".vitrine");
        if (!Files.exists(file)) {
            generate(out, file, events);
        }
        double[] reports = new double[ROUNDS];
        double[] bares = new double[ROUNDS];
        AtomicLong peak = new AtomicLong();
        try (Workspace ws = Workspace.open(file)) {
            Thread sampler = sampler(peak);
            for (int round = 0; round < ROUNDS; round++) {
                Path xlsx = out.resolve("report-bench.xlsx");
                System.gc();
                long t0 = System.nanoTime();
                ReportResult result = io.vitrine.studio.StudioFeatures.of(ws, new io.vitrine.common.EventBus()).reports().exporter().export(ReportOptions.of(ReportScope.WORKSPACE, true), xlsx,
                        Progress.NONE);
                reports[round] = (System.nanoTime() - t0) / 1e9;
                long reportBytes = Files.size(xlsx);
                Files.deleteIfExists(xlsx);
                System.gc();
                long t1 = System.nanoTime();
                long rows = bare(ws, xlsx);
                bares[round] = (System.nanoTime() - t1) / 1e9;
                System.out.printf("round %d: report %.2f s (%,d event rows, %d sheets, %,d KB); bare SXSSF %.2f s (%,d rows, %,d KB)%n",
                        round + 1, reports[round], result.eventRows(), result.sheets().size(), reportBytes / 1024,
                        bares[round], rows, Files.size(xlsx) / 1024);
                Files.deleteIfExists(xlsx);
            }
            sampler.interrupt();
        }
        double report = median(reports);
        double bare = median(bares);
        System.out.printf("max heap %d MB (-Xmx), heap high-water %d MB%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), peak.get() / (1024 * 1024));
        System.out.printf("targets: ratio <= 1.3 -> %s; heap <= 256 MB -> %s%n", report / bare <= 1.3 ? "met" : "NOT met",
                peak.get() <= 256L * 1024 * 1024 ? "met" : "NOT met");
        System.out.printf("report %.2f s; bare SXSSF %.2f s; ratio %.2f; heap %d MB%n", report, bare, report / bare,
                peak.get() / (1024 * 1024));
    }

    /** The same event rows and columns, bare: default SXSSF, one sheet, values only. */
    private static long bare(Workspace ws, Path xlsx) throws Exception {
        ZoneId zone = ZoneId.of("Europe/Paris");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Events");
            Row header = sheet.createRow(0);
            String[] names = {"Event id", "Type", "Time", "Post", "Poll", "Option", "Catalog item", "Amount", "Currency",
                    "Comment", "Interest", "Region", "Age band", "Returning"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            long[] n = {0};
            ws.database().read(sql -> {
                sql.forEach("SELECT e.event_id, e.type, e.occurred_at, e.post_id, e.poll_id, e.option_position, e.item_id,"
                        + " e.amount_micros, e.currency, e.comment_text, e.interest, e.region, e.age_band, e.is_returning"
                        + " FROM engagement_event e ORDER BY e.occurred_at, e.event_id", r -> row(sheet.createRow((int) ++n[0]), r, zone));
                return null;
            });
            try (OutputStream stream = Files.newOutputStream(xlsx)) {
                book.write(stream);
            }
            book.dispose();
            return n[0];
        }
    }

    private static void row(Row row, ResultSet r, ZoneId zone) throws java.sql.SQLException {
        text(row, 0, r.getString(1));
        text(row, 1, r.getString(2));
        Instant at = Instant.parse(r.getString(3));
        row.createCell(2).setCellValue(25_569 + (at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds()) / 86_400.0);
        number(row, 3, (Number) r.getObject(4));
        number(row, 4, (Number) r.getObject(5));
        Number option = (Number) r.getObject(6);
        text(row, 5, option == null ? null : String.valueOf((char) ('A' + option.intValue())));
        text(row, 6, r.getString(7));
        Number amount = (Number) r.getObject(8);
        number(row, 7, amount == null ? null : amount.longValue() / 1e6);
        for (int c = 8; c <= 12; c++) {
            text(row, c, r.getString(c + 1));
        }
        Number returning = (Number) r.getObject(14);
        text(row, 13, returning == null ? null : returning.intValue() == 1 ? "returning" : "new");
    }

    private static void text(Row row, int column, String value) {
        if (value == null) {
            row.createCell(column);
        } else {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, Number value) {
        if (value == null) {
            row.createCell(column);
        } else {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static Thread sampler(AtomicLong peak) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void generate(Path out, Path file, int events) throws Exception {
        Path building = out.resolve("report-building.vitrine");
        Workspace.deleteFiles(building);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.create(building, "Report bench")) {
            long[][] ids = ws.database().write(sql -> {
                long brand = sql.insert("INSERT INTO brand_profile(name, handle, time_zone, created_at)"
                        + " VALUES ('Bench', 'bench', 'Europe/Paris', 'x')");
                long campaign = sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Autumn', 'x')");
                long[] posts = new long[40];
                for (int i = 0; i < posts.length; i++) {
                    posts[i] = sql.insert("INSERT INTO post(brand_id, campaign_id, caption, status, published_at, created_at,"
                            + " updated_at) VALUES (?, ?, ?, 'published', ?, 'x', 'x')", brand, i % 2 == 0 ? campaign : null,
                            "Post " + i + " #lighting", START.plusSeconds(i * 86_400L).toString());
                    sql.update("INSERT INTO catalog_item(id, title, price_micros, currency, updated_at) VALUES (?, ?, ?, ?, 'x')",
                            "ITEM-" + i, "Product " + i, 49_000_000L + i * 1_000_000L, i % 4 == 0 ? "GBP" : "EUR");
                    sql.update("INSERT INTO post_tag(post_id, image_position, item_id, x, y) VALUES (?, 0, ?, 0.4, 0.6)",
                            posts[i], "ITEM-" + i);
                }
                long[] polls = new long[4];
                for (int i = 0; i < polls.length; i++) {
                    polls[i] = sql.insert("INSERT INTO poll(brand_id, campaign_id, question, duration_hours, status, created_at,"
                            + " updated_at) VALUES (?, ?, 'Which one?', 720, 'published', 'x', 'x')", brand, campaign);
                    sql.update("INSERT INTO poll_option(poll_id, position, label) VALUES (?, 0, 'Sage'), (?, 1, 'Ochre')",
                            polls[i], polls[i]);
                }
                return new long[][] {posts, polls};
            });
            SplittableRandom r = new SplittableRandom(11);
            EngagementRepository store = new EngagementRepository(ws.database());
            List<EngagementEvent> batch = new ArrayList<>(50_000);
            for (int i = 0; i < events; i++) {
                Segment segment = new Segment(INTERESTS[r.nextInt(5)], REGIONS[r.nextInt(6)], AGES[r.nextInt(5)], r.nextBoolean());
                Instant at = START.plusSeconds(r.nextLong(60 * 86_400L)).plusMillis(r.nextInt(1000));
                if (r.nextInt(10) == 0) {
                    long poll = ids[1][r.nextInt(4)];
                    EventType type = r.nextBoolean() ? EventType.VOTE : EventType.IMPRESSION;
                    batch.add(new EngagementEvent("e" + i, type, at, null, poll, r.nextInt(2), null, null, null, null, segment));
                } else {
                    int p = r.nextInt(40);
                    int k = r.nextInt(100);
                    EventType type = k < 70 ? EventType.IMPRESSION : k < 80 ? EventType.SMILE : k < 82 ? EventType.COMMENT
                            : k < 94 ? EventType.PRODUCT_CLICK : k < 98 ? EventType.ADD_TO_CART : EventType.PURCHASE;
                    boolean buy = type == EventType.PURCHASE;
                    batch.add(new EngagementEvent("e" + i, type, at, ids[0][p], null, null, type.isShopping() ? "ITEM-" + p : null,
                            buy ? 49_000_000L + p * 1_000_000L : null, buy ? (p % 4 == 0 ? "GBP" : "EUR") : null,
                            type == EventType.COMMENT ? "Love the colour, does it ship to Belgium?" : null, segment));
                }
                if (batch.size() == 50_000) {
                    store.store(batch);
                    batch.clear();
                }
            }
            store.store(batch);
        }
        Files.move(building, file);
        System.out.printf("generated a workspace of %,d events in %.0f s (kept as %s)%n", events, (System.nanoTime() - t0) / 1e9, file);
    }
}
