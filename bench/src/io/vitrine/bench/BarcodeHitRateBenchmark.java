package io.vitrine.bench;

import com.google.zxing.BarcodeFormat;
import io.vitrine.catalog.scan.BarcodePictures;
import io.vitrine.catalog.scan.BarcodeScanner;
import io.vitrine.catalog.scan.ScannedCode;
import io.vitrine.common.Progress;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Barcode hit rate on generated pictures: one to four codes of every format per picture, each turned at a
 * random angle (0–360°), drawn small (2–3 pixels per bar, 3–4 per QR module, then scaled to 55–100%), with sensor noise and JPEG
 * compression. A hit is a code read with its exact text. Reports per format, per angle band and per number
 * of codes in the picture, and the time per picture. See bench/README.md.
 */
public final class BarcodeHitRateBenchmark {
    private static final BarcodeFormat[] FORMATS = {BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A,
        BarcodeFormat.UPC_E, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE};

    record Placed(BarcodeFormat format, ScannedCode expected, double angle) {
    }

    public static void main(String[] args) {
        int pictures = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Random random = new Random(2026);
        BarcodeScanner scanner = new BarcodeScanner();
        Map<BarcodeFormat, int[]> byFormat = new EnumMap<>(BarcodeFormat.class);
        int[][] byAngle = new int[4][2];
        int[][] byCount = new int[5][2];
        long[] nanos = new long[pictures];
        for (int p = 0; p < pictures; p++) {
            int count = 1 + random.nextInt(4);
            BufferedImage card = BarcodePictures.card(1200, 900);
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BarcodeFormat format = FORMATS[random.nextInt(FORMATS.length)];
                String text = BarcodePictures.sampleText(format, random);
                double angle = random.nextDouble() * 360;
                double cx = 300 + 600 * (i % 2) + random.nextInt(60) - 30;
                double cy = 225 + 450 * (i / 2) + random.nextInt(40) - 20;
                // 2–3 pixels per bar (QR: 3–4 per module: a phone photo of a QR code smaller than that does not read either)
                int module = (format == BarcodeFormat.QR_CODE ? 3 : 2) + random.nextInt(2);
                BufferedImage code = BarcodePictures.code(format, text, module);
                double fit = Math.min(1.0, 380.0 / Math.max(code.getWidth(), code.getHeight()));
                BarcodePictures.place(card, code, cx, cy, fit * (0.55 + 0.45 * random.nextDouble()), angle);
                placed.add(new Placed(format, expected(format, text), angle));
            }
            BarcodePictures.noise(card, random.nextDouble() * 18, random);
            BufferedImage photo = BarcodePictures.jpeg(card);
            long t = System.nanoTime();
            List<ScannedCode> found = scanner.scan(photo, Progress.NONE);
            nanos[p] = System.nanoTime() - t;
            int hits = 0;
            for (Placed code : placed) {
                int hit = found.contains(code.expected()) ? 1 : 0;
                hits += hit;
                int[] f = byFormat.computeIfAbsent(code.format(), k -> new int[2]);
                f[0] += hit;
                f[1]++;
                int band = (int) ((code.angle() % 90) / 22.5);
                byAngle[band][0] += hit;
                byAngle[band][1]++;
            }
            byCount[count][0] += hits;
            byCount[count][1] += count;
        }
        int hits = 0;
        int total = 0;
        for (Map.Entry<BarcodeFormat, int[]> e : byFormat.entrySet()) {
            System.out.printf("%-9s %s%n", e.getKey(), rate(e.getValue()));
            hits += e.getValue()[0];
            total += e.getValue()[1];
        }
        String[] bands = {"0–22.5°", "22.5–45°", "45–67.5°", "67.5–90°"};
        for (int b = 0; b < 4; b++) {
            System.out.printf("angle %-9s (mod 90°) %s%n", bands[b], rate(byAngle[b]));
        }
        for (int c = 1; c <= 4; c++) {
            System.out.printf("%d code(s) a picture %s%n", c, rate(byCount[c]));
        }
        Arrays.sort(nanos);
        System.out.printf("hit rate %s over %d pictures; time per picture p50 %.0f ms, p99 %.0f ms%n", rate(new int[] {hits, total}),
                pictures, nanos[pictures / 2] / 1e6, nanos[pictures * 99 / 100] / 1e6);
    }

    private static ScannedCode expected(BarcodeFormat format, String text) {
        String read = BarcodePictures.readBack(format, text);
        if (format == BarcodeFormat.EAN_13 && read.startsWith("0")) {
            return new ScannedCode("UPC_A", read.substring(1));
        }
        return new ScannedCode(format.name(), read);
    }

    private static String rate(int[] hitsOfTotal) {
        return String.format("%.1f%% (%d of %d)", 100.0 * hitsOfTotal[0] / Math.max(1, hitsOfTotal[1]), hitsOfTotal[0], hitsOfTotal[1]);
    }
}
