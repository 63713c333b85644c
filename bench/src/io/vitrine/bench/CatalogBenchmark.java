package io.vitrine.bench;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.ImportService;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The catalog at a million items, measured in one process:
 * <ol>
 *   <li>raw baseline: the same generated rows, bare batched INSERT into a plain table (no index, no parsing);</li>
 *   <li>import of the TSV feed file through the real ImportService (parse, validate, upsert, FTS index, products);</li>
 *   <li>heap high-water mark during the import (sampled every 5 ms, plus the JVM's pool peaks);</li>
 *   <li>1,000 type-ahead and 1,000 ranked queries made from real titles: p50/p99;</li>
 *   <li>re-import with 1% of the rows changed.</li>
 * </ol>
 * Run with bench/run-catalog-bench.sh (it sets -Xmx256m, so finishing at all proves the heap bound).
 */
public final class CatalogBenchmark {
    private static final long SEED = 42;

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long items = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out");
        Files.createDirectories(dir);
        Path feed = dir.resolve("feed-" + items + ".tsv");
        Path changedFeed = dir.resolve("feed-" + items + "-changed.tsv");
        if (!Files.exists(feed)) {
            System.out.printf("Generating %,d items…%n", items);
            GmcFeedGenerator.writeTsv(feed, SEED, items, 0);
            GmcFeedGenerator.writeTsv(changedFeed, SEED, items, 100);
        }
        System.out.printf("Feed: %s (%,d MB), JVM max heap %,d MB, %d CPUs%n", feed, Files.size(feed) >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        // Baseline and import alternate, three rounds, so a busy moment on the machine hits both alike;
        // the medians are compared.
        int rounds = Integer.getInteger("rounds", 3);
        double[] baselines = new double[rounds];
        double[] imports = new double[rounds];
        long heapPeak = 0;
        ImportReport report = null;
        Path file = dir.resolve("bench.vitrine");
        for (int round = 0; round < rounds; round++) {
            baselines[round] = rawBaseline(dir.resolve("baseline.sqlite"), feed);
            Workspace.deleteFiles(file);
            try (Workspace fresh = Workspace.create(file, "bench")) {
                HeapWatch heap = HeapWatch.start();
                StageClock stages = new StageClock();
                long start = System.nanoTime();
                report = CatalogFeature.of(fresh.database(), new EventBus()).imports().importFeed(FeedSource.of(feed), ImportRequest.auto(),
                        stages);
                imports[round] = (System.nanoTime() - start) / 1e9;
                heapPeak = Math.max(heapPeak, heap.stop());
                System.out.println("  stages: " + stages.finish());
            }
            System.out.printf("round %d: raw baseline %.1f s, import incl. search index %.1f s (%.2f×)%n", round + 1,
                    baselines[round], imports[round], imports[round] / baselines[round]);
        }
        double baseline = median(baselines);
        double importSeconds = median(imports);
        System.out.printf("median: raw baseline (split lines, batched INSERT into a plain table) %.1f s, import %.1f s (%.2f×) — %s%n",
                baseline, importSeconds, importSeconds / baseline, report.summary());
        System.out.printf("heap high-water during the imports: %,d MB%n", heapPeak >> 20);

        try (Workspace workspace = Workspace.open(file)) {
            ImportService importer = CatalogFeature.of(workspace.database(), new EventBus()).imports();
            CatalogService catalog = new CatalogService(workspace.database());
            List<String> titles = sampleTitles(workspace, 400);
            List<String> typeAheadQueries = typeAheadQueries(titles);
            List<String> rankedQueries = rankedQueries(titles);
            Latency typeAheadCold = measure(typeAheadQueries, q -> catalog.search(q, 12).size());
            Latency rankedCold = measure(rankedQueries, q -> catalog.searchRanked(q, 20).size());
            Latency typeAhead = measure(typeAheadQueries, q -> catalog.search(q, 12).size());
            Latency ranked = measure(rankedQueries, q -> catalog.searchRanked(q, 20).size());
            System.out.printf("type-ahead prefix search (1,000 queries), first pass: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                    typeAheadCold.p50, typeAheadCold.p99, typeAheadCold.max);
            System.out.printf("type-ahead prefix search, same queries again: p50 %.2f ms, p99 %.2f ms, max %.1f ms, %.1f hits/query%n",
                    typeAhead.p50, typeAhead.p99, typeAhead.max, typeAhead.meanHits);
            System.out.printf("ranked search (1,000 queries), first pass: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                    rankedCold.p50, rankedCold.p99, rankedCold.max);
            System.out.printf("ranked search, same queries again: p50 %.2f ms, p99 %.2f ms, max %.1f ms, %.1f hits/query%n",
                    ranked.p50, ranked.p99, ranked.max, ranked.meanHits);

            browse(workspace);
            Latency floor = measure(java.util.Collections.nCopies(1_000, ""), q -> busy(500_000));
            System.out.printf("noise floor: a fixed 0.5 ms computation timed the same way: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                    floor.p50, floor.p99, floor.max);

            long start = System.nanoTime();
            ImportReport again = importer.importFeed(FeedSource.of(changedFeed),
                    ImportRequest.auto().withSourceName(feed.getFileName().toString()), Progress.NONE);
            double reimport = (System.nanoTime() - start) / 1e9;
            System.out.printf("re-import with 1%% changed: %.1f s — %s%n", reimport, again.summary());

            System.out.println();
            System.out.println("| measure | result | target |");
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| import of %,d items incl. FTS index (median of %d) | %.1f s | ≤ 60 s |%n", items,
                    rounds, importSeconds);
            System.out.printf(Locale.ROOT, "| raw baseline (batched INSERT, plain table, median of %d) | %.1f s | |%n", rounds, baseline);
            System.out.printf(Locale.ROOT, "| import / baseline | %.2f× | ≤ 2× |%n", importSeconds / baseline);
            System.out.printf(Locale.ROOT, "| heap high-water (import, -Xmx%dm) | %d MB | ≤ 256 MB |%n",
                    Runtime.getRuntime().maxMemory() >> 20, heapPeak >> 20);
            System.out.printf(Locale.ROOT, "| type-ahead prefix search p50 / p99, first pass | %.2f / %.2f ms | p99 ≤ 5 ms |%n",
                    typeAheadCold.p50, typeAheadCold.p99);
            System.out.printf(Locale.ROOT, "| type-ahead prefix search p50 / p99, warm | %.2f / %.2f ms | p99 ≤ 5 ms |%n", typeAhead.p50, typeAhead.p99);
            System.out.printf(Locale.ROOT, "| ranked search p50 / p99, first pass | %.2f / %.2f ms | p99 ≤ 50 ms |%n", rankedCold.p50, rankedCold.p99);
            System.out.printf(Locale.ROOT, "| ranked search p50 / p99, warm | %.2f / %.2f ms | p99 ≤ 50 ms |%n", ranked.p50, ranked.p99);
            System.out.printf(Locale.ROOT, "| re-import, 1%% changed | %.1f s | ≤ 30 s |%n", reimport);
            System.out.printf(Locale.ROOT, "| noise floor: fixed 0.5 ms task, p50 / p99 | %.2f / %.2f ms | |%n", floor.p50, floor.p99);
        }
    }

    /** Spins for about {@code nanos}: what a query would measure with no work in the database at all. */
    static int busy(long nanos) {
        long end = System.nanoTime() + nanos;
        int spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }
        return spins > 0 ? 0 : 1;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The catalog screen's queries on the million items: counting, and pages anywhere in the list. */
    static void browse(Workspace workspace) {
        io.vitrine.catalog.ProductRepository browser = new io.vitrine.catalog.ProductRepository(workspace.database());
        io.vitrine.catalog.ProductFilter all = io.vitrine.catalog.ProductFilter.all();
        long products = browser.count(all);
        double worstPage = 0;
        for (io.vitrine.catalog.ProductFilter.Order order : io.vitrine.catalog.ProductFilter.Order.values()) {
            io.vitrine.catalog.ProductFilter sorted = new io.vitrine.catalog.ProductFilter(null, null, null,
                    io.vitrine.catalog.ProductFilter.Stock.ALL, null, null, order);
            for (double at : new double[] {0, 0.25, 0.5, 0.75, 0.99}) {
                long start = System.nanoTime();
                browser.page(sorted, (long) (products * at), 100);
                worstPage = Math.max(worstPage, (System.nanoTime() - start) / 1e6);
            }
        }
        long start = System.nanoTime();
        browser.count(new io.vitrine.catalog.ProductFilter(null, null, null, io.vitrine.catalog.ProductFilter.Stock.OUT_OF_STOCK,
                null, null, null));
        double filteredCount = (System.nanoTime() - start) / 1e6;
        System.out.printf("catalog screen: %,d products; a page of 100 anywhere in the list (3 orders): at most %.1f ms;"
                + " counting a stock filter: %.1f ms%n", products, worstPage, filteredCount);
    }

    /**
     * The same rows, no validation, no index: the feed's lines split on tabs and inserted with batched
     * INSERTs into a plain table, one transaction, the workspace's pragmas.
     */
    static double rawBaseline(Path file, Path feed) throws SQLException, IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA cache_size = -32768");
                s.execute("CREATE TABLE raw (" + String.join(" TEXT, ", GmcFeedGenerator.HEADER) + " TEXT)");
            }
            connection.setAutoCommit(false);
            int columns = GmcFeedGenerator.HEADER.length;
            String insert = "INSERT INTO raw VALUES (" + "?, ".repeat(columns - 1) + "?)";
            long start = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(insert);
                 java.io.BufferedReader lines = Files.newBufferedReader(feed, java.nio.charset.StandardCharsets.UTF_8)) {
                lines.readLine(); // header
                long n = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] cells = line.split("\t", -1);
                    for (int i = 0; i < columns; i++) {
                        statement.setString(i + 1, i < cells.length ? cells[i] : null);
                    }
                    statement.addBatch();
                    if (++n % 1_000 == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static List<String> sampleTitles(Workspace workspace, int n) {
        long max = workspace.database().read(sql -> sql.scalar("SELECT max(item_no) FROM catalog_item"));
        Random random = new Random(7);
        List<String> titles = new ArrayList<>();
        while (titles.size() < n) {
            long itemNo = 1 + (long) (random.nextDouble() * max);
            workspace.database().read(sql -> sql.text("SELECT title FROM catalog_item WHERE item_no = ?", itemNo))
                    .ifPresent(titles::add);
        }
        return titles;
    }

    /** What people type into a product picker: a word of a real title letter by letter, sometimes a second word. */
    static List<String> typeAheadQueries(List<String> titles) {
        Random random = new Random(11);
        List<String> queries = new ArrayList<>();
        while (queries.size() < 1_000) {
            String[] words = words(titles.get(random.nextInt(titles.size())));
            String first = words[random.nextInt(words.length)];
            boolean two = random.nextInt(3) == 0 && words.length > 1;
            String second = words[random.nextInt(words.length)];
            String typed = two ? first + " " + second : first;
            int from = two ? first.length() + 2 : 1;
            for (int len = from; len <= typed.length() && queries.size() < 1_000; len++) {
                queries.add(typed.substring(0, len));
            }
        }
        return queries;
    }

    /** What people search for and press Enter on: one or two whole words of a real title. */
    static List<String> rankedQueries(List<String> titles) {
        Random random = new Random(13);
        List<String> queries = new ArrayList<>();
        while (queries.size() < 1_000) {
            String[] words = words(titles.get(random.nextInt(titles.size())));
            String query = words[random.nextInt(words.length)];
            if (random.nextBoolean() && words.length > 1) {
                query += " " + words[random.nextInt(words.length)];
            }
            queries.add(query);
        }
        return queries;
    }

    private static String[] words(String title) {
        return Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toArray(String[]::new);
    }

    record Latency(double p50, double p99, double max, double meanHits) {
    }

    static Latency measure(List<String> queries, Function<String, Integer> search) {
        for (int i = 0; i < 200; i++) {
            search.apply("warm " + (char) ('a' + i % 26)); // warm up the JIT on other queries than those timed
        }
        double[] ms = new double[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            hits += search.apply(queries.get(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1],
                (double) hits / queries.size());
    }

    /** Times the import's stages from its progress messages ("Importing…", "Updating the search index…", …). */
    static final class StageClock implements Progress {
        private final java.util.LinkedHashMap<String, Double> seconds = new java.util.LinkedHashMap<>();
        private String stage = "start";
        private long since = System.nanoTime();

        @Override
        public void update(long done, long total, String message) {
            String name = message.startsWith("Importing") ? "rows" : message.replace("…", "");
            if (!name.equals(stage)) {
                lap(name);
            }
        }

        private void lap(String next) {
            long now = System.nanoTime();
            seconds.merge(stage, (now - since) / 1e9, Double::sum);
            stage = next;
            since = now;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        String finish() {
            lap("done");
            StringBuilder line = new StringBuilder();
            seconds.forEach((name, s) -> line.append(String.format(Locale.ROOT, "%s %.1f s; ", name, s)));
            return line.toString();
        }
    }

    /** Samples used heap every few milliseconds; the peak is what the import needed at most. */
    static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapWatch() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
