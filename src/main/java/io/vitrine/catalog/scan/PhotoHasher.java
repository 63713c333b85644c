package io.vitrine.catalog.scan;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Computes {@link PhotoFingerprint}s. The perceptual hash is the classic DCT hash: the picture's grey
 * levels on a 32 × 32 grid, its discrete cosine transform, and one bit per low frequency (the 16 × 16
 * lowest, less the average) saying whether it is above their median. Resizing, JPEG and colour changes
 * move few bits; another picture differs in about half. Colours and the silhouette are taken from the
 * product's pixels: those that differ from the picture's background, estimated from its border.
 */
final class PhotoHasher {
    static final int COLOUR_BINS = 28;
    /**
     * The parts of a catalog picture that are hashed (left, top, size, as shares of the picture): all of it,
     * its centre and its four corners at 85%, and its centre at 92%; a shopper's crop of the photo is near one
     * of them. The product's own box is hashed last.
     */
    static final double[][] VIEWS = {{0, 0, 1}, {0.075, 0.075, 0.85}, {0, 0, 0.85}, {0.15, 0, 0.85}, {0, 0.15, 0.85},
        {0.15, 0.15, 0.85}, {0.04, 0.04, 0.92}};
    static final int PRODUCT_VIEW = VIEWS.length;
    private static final int GRID = 16;
    static final int LOW = 8;
    private static final double[][] COSINES = cosines();
    /** A pixel belongs to the product when one of its channels is this far from the background's. */
    private static final int FOREGROUND = 36;

    private PhotoHasher() {
    }

    static PhotoFingerprint fingerprint(BufferedImage picture) {
        return fingerprint(PhotoPlane.of(picture));
    }

    static PhotoFingerprint fingerprint(PhotoPlane plane) {
        Foreground fg = Foreground.of(plane, FOREGROUND);
        long[][] hashes = new long[VIEWS.length + 1][];
        for (int i = 0; i < VIEWS.length; i++) {
            double[] v = VIEWS[i];
            hashes[i] = hash(plane, v[0] * plane.width, v[1] * plane.height, (v[0] + v[2]) * plane.width,
                    (v[1] + v[2]) * plane.height);
        }
        hashes[VIEWS.length] = hash(plane, fg.x0, fg.y0, fg.x1, fg.y1);
        return new PhotoFingerprint(hashes, fg.colours(), fg.silhouette(), fg.aspect());
    }

    /** The hash of the box [x0, x1) × [y0, y1) of the plane: grey, red–green and blue–yellow, one after the other. */
    static long[] hash(PhotoPlane plane, double x0, double y0, double x1, double y1) {
        long[] bits = new long[PhotoFingerprint.HASH_WORDS];
        for (int channel = 0; channel < 3; channel++) {
            channelHash(plane, channel, x0, y0, x1, y1, bits, channel * LOW * LOW);
        }
        return bits;
    }

    private static void channelHash(PhotoPlane plane, int channel, double x0, double y0, double x1, double y1, long[] bits,
                                    int offset) {
        double[] grid = new double[GRID * GRID];
        double cw = (x1 - x0) / GRID;
        double ch = (y1 - y0) / GRID;
        for (int gy = 0; gy < GRID; gy++) {
            for (int gx = 0; gx < GRID; gx++) {
                grid[gy * GRID + gx] = plane.mean(channel, x0 + gx * cw, y0 + gy * ch, x0 + (gx + 1) * cw, y0 + (gy + 1) * ch);
            }
        }
        double[] low = lowFrequencies(grid);
        double[] sorted = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        for (int i = 1; i < low.length; i++) {
            if (low[i] > median) {
                int bit = offset + i;
                bits[bit >> 6] |= 1L << (bit & 63);
            }
        }
    }

    /** The LOW × LOW lowest DCT-II coefficients of the grid (rows, then columns). */
    private static double[] lowFrequencies(double[] grid) {
        double[] rows = new double[GRID * LOW];
        for (int y = 0; y < GRID; y++) {
            for (int u = 0; u < LOW; u++) {
                double s = 0;
                for (int x = 0; x < GRID; x++) {
                    s += COSINES[u][x] * grid[y * GRID + x];
                }
                rows[y * LOW + u] = s;
            }
        }
        double[] out = new double[LOW * LOW];
        for (int v = 0; v < LOW; v++) {
            for (int u = 0; u < LOW; u++) {
                double s = 0;
                for (int y = 0; y < GRID; y++) {
                    s += COSINES[v][y] * rows[y * LOW + u];
                }
                out[v * LOW + u] = s;
            }
        }
        return out;
    }

    private static double[][] cosines() {
        double[][] c = new double[LOW][GRID];
        for (int u = 0; u < LOW; u++) {
            for (int x = 0; x < GRID; x++) {
                c[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * GRID));
            }
        }
        return c;
    }
}
