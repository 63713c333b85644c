package io.vitrine.bench;

import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.similar.SimilarItem;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * "catalog similar" at a million items (GmcFeedGenerator's catalog): 1,000 random items, ten similar items
 * each, timed twice (first pass, then again); against a raw baseline in the same process, the primary-key
 * lookup of the same items. See bench/README.md.
 */
public final class SimilarItemsBenchmark {
    private static final long SEED = 20261201L;

    public static void main(String[] args) throws Exception {
        long items = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out");
        Files.createDirectories(dir);
        Path file = dir.resolve("similar-" + items + ".vitrine");
        if (!Files.exists(file)) {
            Path feed = dir.resolve("similar-" + items + ".tsv");
            GmcFeedGenerator.writeTsv(feed, SEED, items, 0);
            long start = System.nanoTime();
            try (Workspace fresh = Workspace.create(file, "bench")) {
                CatalogFeature.of(fresh.database(), new EventBus()).imports().importFeed(FeedSource.of(feed), ImportRequest.auto(), Progress.NONE);
            }
            System.out.printf("imported %,d items in %.1f s%n", items, (System.nanoTime() - start) / 1e9);
            Files.delete(feed);
        }
        try (Workspace workspace = Workspace.open(file)) {
            List<String> ids = sample(workspace, 1000);
            SimilarItems similar = new SimilarItems(workspace.database(), null);
            for (String id : ids.subList(0, 50)) { // warm-up
                similar.of(id, 10);
            }
            for (String pass : List.of("first pass", "again")) {
                long[] nanos = new long[ids.size()];
                int found = 0;
                for (int i = 0; i < ids.size(); i++) {
                    long t = System.nanoTime();
                    List<SimilarItem> result = similar.of(ids.get(i), 10);
                    nanos[i] = System.nanoTime() - t;
                    found += result.size();
                }
                report("catalog similar, " + pass, nanos, found / (double) ids.size());
            }
            long[] raw = new long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                long t = System.nanoTime();
                workspace.database().read(sql -> sql.one("SELECT * FROM catalog_item WHERE id = ?", row -> row.getString(1), id));
                raw[i] = System.nanoTime() - t;
            }
            report("raw baseline: the item's row by primary key", raw, 1);
            long[] floor = new long[ids.size()];
            for (int i = 0; i < ids.size(); i++) { // how much a busy machine stretches a fixed 1 ms of work
                long t = System.nanoTime();
                while (System.nanoTime() - t < 1_000_000) {
                    Thread.onSpinWait();
                }
                floor[i] = System.nanoTime() - t;
            }
            report("noise floor: a fixed 1 ms busy wait timed the same way", floor, 1);
            SimilarItem example = similar.of(ids.get(0), 3).get(0);
            System.out.println("example: " + ids.get(0) + " → " + example.item().title() + " " + example.score() + " " + example.reasons());
        }
    }

    private static List<String> sample(Workspace workspace, int n) {
        long max = workspace.database().read(sql -> sql.scalar("SELECT max(item_no) FROM catalog_item"));
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        while (ids.size() < n) {
            long no = 1 + (long) (random.nextDouble() * max);
            workspace.database().read(sql -> sql.text("SELECT id FROM catalog_item WHERE item_no = ? AND removed = 0", no))
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private static void report(String what, long[] nanos, double perQuery) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%.1f items each)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6, perQuery);
    }
}
