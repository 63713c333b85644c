package io.vitrine.bench;

import io.vitrine.catalog.scan.PhotoFingerprint;
import io.vitrine.catalog.scan.PhotoIndex;
import io.vitrine.catalog.scan.PhotoMatch;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Photo match at 5,000 catalog pictures: precision@1 of shoppers' versions (cropped, resized, re-compressed,
 * colour-shifted, on a background) and how often a picture of no catalog item is honestly "no close match";
 * time per query against the index built once. See bench/README.md.
 */
public final class PhotoMatchBenchmark {
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long start = System.nanoTime();
        PhotoIndex index = new PhotoIndex();
        for (int i = 0; i < items; i++) {
            index.add("item-" + i, PhotoFingerprint.of(ProductPhotoGenerator.product(i)));
        }
        System.out.printf("index of %,d pictures built in %.1f s%n", items, (System.nanoTime() - start) / 1e9);
        Random random = new Random(42);
        Random warm = new Random(7);
        for (int w = 0; w < 30; w++) { // warm-up: the JIT compiles the hashing before anything is timed
            index.search(ProductPhotoGenerator.shopperVersion(ProductPhotoGenerator.product(warm.nextInt(items)), warm), 5);
        }
        int hits = 0;
        int listed = 0;
        long[] nanos = new long[queries];
        for (int q = 0; q < queries; q++) {
            int item = random.nextInt(items);
            BufferedImage query = ProductPhotoGenerator.shopperVersion(ProductPhotoGenerator.product(item), random);
            long t = System.nanoTime();
            List<PhotoMatch> found = index.search(query, 5);
            nanos[q] = System.nanoTime() - t;
            if (!found.isEmpty() && found.get(0).imageLink().equals("item-" + item)) {
                hits++;
            }
            if (System.getProperty("verbose") != null) {
                System.out.println((found.isEmpty() ? "-" : found.get(0).imageLink().equals("item-" + item) ? "HIT " : "MISS") + " "
                        + (found.isEmpty() ? "" : String.format("%.3f %s", found.get(0).score(), found.get(0).reason())) + (found.size() > 1 ? String.format(" | %.1f %s", found.get(1).score(), found.get(1).reason()) : ""));
            }
            listed += found.isEmpty() ? 0 : 1;
        }
        int strangers = queries / 5;
        int honest = 0;
        for (int q = 0; q < strangers; q++) {
            BufferedImage stranger = ProductPhotoGenerator.shopperVersion(ProductPhotoGenerator.product(1_000_000 + q), random);
            List<PhotoMatch> found = index.search(stranger, 5);
            if (System.getProperty("verbose") != null && !found.isEmpty()) {
                System.out.printf("STRANGER %.3f %s%n", found.get(0).score(), found.get(0).reason());
            }
            honest += found.isEmpty() || found.get(0).score() < 0.8 ? 1 : 0;
        }
        Arrays.sort(nanos);
        System.out.printf("precision@1 %.1f%% (%d of %d shopper versions; %d had any match)%n", 100.0 * hits / queries, hits,
                queries, listed);
        System.out.printf("pictures of no catalog item not called the same photo: %d of %d%n", honest, strangers);
        System.out.printf("time per query p50 %.1f ms, p99 %.1f ms%n", nanos[queries / 2] / 1e6, nanos[queries * 99 / 100] / 1e6);
    }
}
