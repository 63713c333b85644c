import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vitrine.common.Json;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.platform.api.BrandInfo;
import io.vitrine.platform.api.EventPage;
import io.vitrine.platform.api.EventSegment;
import io.vitrine.platform.api.PlatformEvent;
import io.vitrine.platform.api.PublicationList;
import io.vitrine.sync.PlatformClient;
import io.vitrine.sync.PlatformConnection;
import io.vitrine.sync.SyncReport;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Event pull throughput: {@code ./studio sync}'s engine reading a feed over loopback HTTP (JSON pages of
 * 5,000 events, as the contract allows) and storing each page with its rollups and cursor in one
 * transaction, into a workspace that already holds millions of events — against a raw baseline in the
 * same process: the same rows, bare batched INSERT into a plain table (no index, no JSON, no HTTP).
 * Its own data generator; the base workspace is generated once into bench/out and copied for each round.
 * Run with bench/sync-pull.sh [EXISTING] [NEW] [ROUNDS].
 */
public class SyncPullBench {
    private static final String[] TYPES = {"impression", "impression", "impression", "impression", "impression", "smile",
            "smile", "comment", "product_click", "product_click", "add_to_cart", "purchase"};
    private static final String[] INTERESTS = {"home", "lighting", "textiles", "design", "outdoors"};
    private static final String[] REGIONS = {"FR", "DE", "GB", "US", "ES", "IT"};
    private static final String[] AGES = {"18-24", "25-34", "35-44", "45-54", "55+"};
    private static final int POSTS = 50;
    private static final int PAGE = 5000;
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int existing = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int fresh = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = Files.createDirectories(Path.of("bench/out"));
        Path template = template(out, existing);
        List<PlatformEvent> events = freshEvents(fresh);
        HttpServer server = serve(pages(events));
        double[] pulls = new double[rounds];
        double[] stores = new double[rounds];
        double[] raws = new double[rounds];
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            for (int round = 0; round < rounds; round++) {
                Path file = out.resolve("sync-run.vitrine");
                Workspace.deleteFiles(file);
                Files.copy(template, file);
                try (Workspace ws = Workspace.open(file)) {
                    PlatformConnection connection = new PlatformConnection(url, "bench-token");
                    long s0 = System.nanoTime();
                    SyncReport report = io.vitrine.studio.StudioFeatures.of(ws, new io.vitrine.common.EventBus()).sync().engine()
                            .run(new PlatformClient(connection), connection);
                    pulls[round] = (System.nanoTime() - s0) / 1e9;
                    if (!report.ok() || report.pulled() != fresh) {
                        throw new IllegalStateException("sync did not pull everything: " + Json.write(report));
                    }
                    stores[round] = storeOnly(ws, events);
                } finally {
                    Workspace.deleteFiles(file);
                }
                raws[round] = rawBaseline(out.resolve("raw.sqlite"), events);
                Files.deleteIfExists(out.resolve("raw.sqlite"));
                System.out.printf("round %d: sync pull %.2f s (%,.0f events/s), store only %.2f s, raw baseline %.2f s%n",
                        round + 1, pulls[round], fresh / pulls[round], stores[round], raws[round]);
            }
        } finally {
            server.stop(0);
        }
        double pull = median(pulls);
        double baseline = median(raws);
        System.out.printf("into a workspace of %,d events, median of %d rounds:%n", existing, rounds);
        System.out.printf("sync pull: %,d events in %.2f s = %,.0f events/s (HTTP + JSON + dedup + rollups + cursor)%n",
                fresh, pull, fresh / pull);
        System.out.printf("of which storing (the same events under new ids, straight into EngagementRepository): %.2f s = %,.0f events/s%n",
                median(stores), fresh / median(stores));
        System.out.printf("raw baseline (bare batched INSERT, plain table, same rows): %.2f s = %,.0f rows/s%n",
                baseline, fresh / baseline);
        System.out.printf("ratio sync / raw time: %.2fx   target: >= 50,000 events/s -> %s%n", pull / baseline,
                fresh / pull >= 50_000 ? "met" : "NOT met");
    }

    /** The workspace with {@code existing} events, generated once and kept in bench/out (copied per round). */
    private static Path template(Path out, int existing) throws Exception {
        // named by schema version: a workspace generated by an older studio would be migrated (slowly) on every copy
        Path template = out.resolve("sync-base-" + existing + "-v" + io.vitrine.workspace.Migrations.latestVersion() + ".vitrine");
        if (Files.exists(template)) {
            return template;
        }
        Path building = out.resolve("sync-base-building.vitrine");
        Workspace.deleteFiles(building);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.create(building, "Bench")) {
            prefill(ws, setUp(ws), existing);
        }
        Files.move(building, template);
        System.out.printf("generated a workspace of %,d events in %.0f s (kept as %s)%n", existing,
                (System.nanoTime() - t0) / 1e9, template);
        return template;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A linked brand and published (archived, so nothing is pushed) posts the feed's events belong to. */
    private static long setUp(Workspace ws) {
        return ws.database().write(sql -> {
            long brand = sql.insert("INSERT INTO brand_profile(name, handle, platform_brand_id, created_at)"
                    + " VALUES ('Bench', 'bench', 'b_1', '2026-01-01T00:00:00Z')");
            for (int i = 0; i < POSTS; i++) {
                sql.insert("INSERT INTO post(brand_id, caption, status, platform_id, created_at, updated_at)"
                        + " VALUES (?, 'Post', 'archived', ?, 'x', 'x')", brand, "p_" + i);
            }
            return brand;
        });
    }

    private static void prefill(Workspace ws, long brand, int count) {
        EngagementRepository store = new EngagementRepository(ws.database());
        List<Long> ids = ws.database().read(sql -> sql.list("SELECT id FROM post ORDER BY id", row -> row.getLong(1)));
        SplittableRandom random = new SplittableRandom(1);
        List<EngagementEvent> batch = new ArrayList<>(100_000);
        for (int i = 0; i < count; i++) {
            EventType type = EventType.fromCode(TYPES[random.nextInt(TYPES.length)]);
            batch.add(new EngagementEvent("old_" + i, type, START.plusSeconds(random.nextInt(30 * 86_400)),
                    ids.get(random.nextInt(ids.size())), null, null, null, null, null, null, segment(random)));
            if (batch.size() == 100_000) {
                store.store(batch);
                batch.clear();
            }
        }
        store.store(batch);
    }

    private static Segment segment(SplittableRandom random) {
        return new Segment(INTERESTS[random.nextInt(INTERESTS.length)], REGIONS[random.nextInt(REGIONS.length)],
                AGES[random.nextInt(AGES.length)], random.nextBoolean());
    }

    private static List<PlatformEvent> freshEvents(int count) {
        SplittableRandom random = new SplittableRandom(2);
        List<PlatformEvent> events = new ArrayList<>(count);
        Instant from = START.plusSeconds(30 * 86_400);
        for (int i = 0; i < count; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            boolean purchase = type.equals("purchase");
            Segment s = segment(random);
            events.add(new PlatformEvent(String.format("e_b1_%09d", i), type, from.plusSeconds(i / 20),
                    "p_" + random.nextInt(POSTS), null, null, type.equals("impression") ? null : "LAMP-" + random.nextInt(40),
                    purchase ? 89_000_000L : null, purchase ? "EUR" : null,
                    type.equals("comment") ? "Love the colour!" : null,
                    new EventSegment(s.interest(), s.region(), s.ageBand(), s.returning())));
        }
        return events;
    }

    private static List<byte[]> pages(List<PlatformEvent> events) {
        List<byte[]> pages = new ArrayList<>();
        for (int from = 0; from < events.size(); from += PAGE) {
            int to = Math.min(events.size(), from + PAGE);
            pages.add(Json.write(new EventPage(events.subList(from, to), Integer.toString(pages.size() + 1),
                    to < events.size())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return pages;
    }

    /** A bare feed: brand, an empty publication list, and the pre-serialised pages by cursor. */
    private static HttpServer serve(List<byte[]> pages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] brand = Json.write(new BrandInfo("b_1", "Bench", "bench")).getBytes();
        byte[] publications = Json.write(new PublicationList(List.of())).getBytes();
        server.createContext("/v1/brand", exchange -> reply(exchange, brand));
        server.createContext("/v1/publications", exchange -> reply(exchange, publications));
        server.createContext("/v1/events", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = 0;
            for (String part : query.split("&")) {
                if (part.startsWith("cursor=")) {
                    page = Integer.parseInt(part.substring(7));
                }
            }
            reply(exchange, pages.get(page));
        });
        server.start();
        return server;
    }

    private static void reply(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Storing alone: the same events under new ids, page by page through EngagementRepository (no HTTP, no JSON). */
    private static double storeOnly(Workspace ws, List<PlatformEvent> events) {
        java.util.Map<String, Long> posts = new java.util.HashMap<>();
        ws.database().read(sql -> {
            sql.forEach("SELECT platform_id, id FROM post", row -> posts.put(row.getString(1), row.getLong(2)));
            return null;
        });
        EngagementRepository store = new EngagementRepository(ws.database());
        long t0 = System.nanoTime();
        List<EngagementEvent> page = new ArrayList<>(PAGE);
        for (PlatformEvent e : events) {
            EventSegment s = e.segment();
            page.add(new EngagementEvent("again_" + e.id(), EventType.fromCode(e.type()), e.occurredAt(), posts.get(e.postId()),
                    null, e.option(), e.itemId(), e.amountMicros(), e.currency(), e.text(),
                    new Segment(s.interest(), s.region(), s.ageBand(), s.returning())));
            if (page.size() == PAGE) {
                store.store(page);
                page.clear();
            }
        }
        store.store(page);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The same rows, bare: one plain table, batched INSERT in one transaction, WAL like a workspace. */
    private static double rawBaseline(Path file, List<PlatformEvent> events) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("CREATE TABLE raw(event_id TEXT, type TEXT, occurred_at TEXT, post_id TEXT, option_position INTEGER,"
                        + " item_id TEXT, amount_micros INTEGER, currency TEXT, comment_text TEXT, interest TEXT, region TEXT,"
                        + " age_band TEXT, is_returning INTEGER)");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (PlatformEvent e : events) {
                    insert.setString(1, e.id());
                    insert.setString(2, e.type());
                    insert.setString(3, e.occurredAt().toString());
                    insert.setString(4, e.postId());
                    insert.setObject(5, e.option());
                    insert.setString(6, e.itemId());
                    insert.setObject(7, e.amountMicros());
                    insert.setString(8, e.currency());
                    insert.setString(9, e.text());
                    insert.setString(10, e.segment().interest());
                    insert.setString(11, e.segment().region());
                    insert.setString(12, e.segment().ageBand());
                    insert.setObject(13, e.segment().returning() ? 1 : 0);
                    insert.addBatch();
                    if (++n % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
