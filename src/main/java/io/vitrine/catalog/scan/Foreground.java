package io.vitrine.catalog.scan;

import java.util.Arrays;

/**
 * The product's pixels in a picture: those whose colour is far from the background's, the background
 * being the median colour of the picture's border. Gives the product's box, its colours and its silhouette.
 */
final class Foreground {
    private static final int SILHOUETTE = 16;

    private final PhotoPlane plane;
    private final boolean[] mask;
    final int x0;
    final int y0;
    final int x1;
    final int y1;

    private Foreground(PhotoPlane plane, boolean[] mask, int x0, int y0, int x1, int y1) {
        this.plane = plane;
        this.mask = mask;
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    static Foreground of(PhotoPlane plane, int threshold) {
        int background = borderMedian(plane);
        boolean[] mask = new boolean[plane.rgb.length];
        int minX = plane.width;
        int minY = plane.height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < plane.height; y++) {
            for (int x = 0; x < plane.width; x++) {
                if (distance(plane.rgb[y * plane.width + x], background) > threshold) {
                    mask[y * plane.width + x] = true;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) { // a plain picture: all of it
            Arrays.fill(mask, true);
            return new Foreground(plane, mask, 0, 0, plane.width, plane.height);
        }
        return new Foreground(plane, mask, minX, minY, maxX + 1, maxY + 1);
    }

    /** Share of the picture the product's box covers. */
    double boxShare() {
        return (double) (x1 - x0) * (y1 - y0) / ((double) plane.width * plane.height);
    }

    float aspect() {
        return (float) (x1 - x0) / (y1 - y0);
    }

    /** Shares (0–255) of the product's pixels in each hue × lightness bin; greys by lightness alone. */
    byte[] colours() {
        double[] bins = new double[PhotoHasher.COLOUR_BINS];
        float[] hsv = new float[3];
        int counted = 0;
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                continue;
            }
            int p = plane.rgb[i];
            java.awt.Color.RGBtoHSB((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF, hsv);
            counted++;
            if (hsv[1] < 0.18f || hsv[2] < 0.15f) {
                bins[24 + Math.min(3, (int) (hsv[2] * 4))] += 1; // greys: 4 lightness bins
                continue;
            }
            // 12 hues × 2 lightness; a hue between two bins is shared between them, so a slight shift moves little
            double h = hsv[0] * 12 - 0.5;
            int lower = (int) Math.floor(h);
            double up = h - lower;
            int light = hsv[2] < 0.6f ? 0 : 12;
            bins[light + Math.floorMod(lower, 12)] += 1 - up;
            bins[light + Math.floorMod(lower + 1, 12)] += up;
        }
        byte[] shares = new byte[bins.length];
        for (int i = 0; i < bins.length; i++) {
            shares[i] = (byte) Math.round(counted == 0 ? 0 : 255 * bins[i] / counted);
        }
        return shares;
    }

    /** The product's silhouette in its box on a 16 × 16 grid, one bit per cell mostly covered. */
    long[] silhouette() {
        long[] bits = new long[4];
        double cw = (x1 - x0) / (double) SILHOUETTE;
        double ch = (y1 - y0) / (double) SILHOUETTE;
        for (int gy = 0; gy < SILHOUETTE; gy++) {
            for (int gx = 0; gx < SILHOUETTE; gx++) {
                int inside = 0;
                int all = 0;
                for (int y = (int) (y0 + gy * ch); y < Math.max(y0 + (gy + 1) * ch, y0 + gy * ch + 1) && y < y1; y++) {
                    for (int x = (int) (x0 + gx * cw); x < Math.max(x0 + (gx + 1) * cw, x0 + gx * cw + 1) && x < x1; x++) {
                        all++;
                        inside += mask[y * plane.width + x] ? 1 : 0;
                    }
                }
                if (all > 0 && inside * 2 >= all) {
                    int cell = gy * SILHOUETTE + gx;
                    bits[cell >> 6] |= 1L << (cell & 63);
                }
            }
        }
        return bits;
    }

    private static int borderMedian(PhotoPlane plane) {
        int w = plane.width;
        int h = plane.height;
        int n = 2 * w + 2 * Math.max(0, h - 2);
        int[][] channels = new int[3][n];
        int k = 0;
        for (int x = 0; x < w; x++) {
            k = add(channels, k, plane.rgb[x]);
            k = add(channels, k, plane.rgb[(h - 1) * w + x]);
        }
        for (int y = 1; y < h - 1; y++) {
            k = add(channels, k, plane.rgb[y * w]);
            k = add(channels, k, plane.rgb[y * w + w - 1]);
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int[] values = Arrays.copyOf(channels[c], k);
            Arrays.sort(values);
            rgb = (rgb << 8) | values[k / 2];
        }
        return rgb;
    }

    private static int add(int[][] channels, int k, int p) {
        channels[0][k] = (p >> 16) & 0xFF;
        channels[1][k] = (p >> 8) & 0xFF;
        channels[2][k] = p & 0xFF;
        return k + 1;
    }

    private static int distance(int a, int b) {
        int dr = Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF));
        int dg = Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
        int db = Math.abs((a & 0xFF) - (b & 0xFF));
        return Math.max(dr, Math.max(dg, db));
    }
}
