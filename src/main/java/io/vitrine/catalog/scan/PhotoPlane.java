package io.vitrine.catalog.scan;

import java.awt.image.BufferedImage;

/**
 * A picture shrunk to at most {@value #SIZE} pixels a side, as RGB pixels and a summed-area table of
 * its grey levels, so the mean grey of any box (for a hash of any part of the picture) costs four reads.
 */
final class PhotoPlane {
    static final int SIZE = 256;

    final int width;
    final int height;
    final int[] rgb;
    /** Summed-area tables of grey, red–green and blue–yellow. */
    private double[][] summed;

    private PhotoPlane(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Built on first use: a crop that is only looked at for its colours never needs them. */
    private double[][] summed() {
        if (summed == null) {
            summed = sums();
        }
        return summed;
    }

    private double[][] sums() {
        double[][] summed = new double[3][];
        for (int c = 0; c < 3; c++) {
            summed[c] = new double[(width + 1) * (height + 1)];
        }
        int stride = width + 1;
        for (int y = 0; y < height; y++) {
            double grey = 0;
            double redGreen = 0;
            double blueYellow = 0;
            for (int x = 0; x < width; x++) {
                int p = rgb[y * width + x];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                grey += 0.299 * r + 0.587 * g + 0.114 * b;
                redGreen += r - g;
                blueYellow += b - (r + g) / 2.0;
                int at = (y + 1) * stride + x + 1;
                summed[0][at] = summed[0][at - stride] + grey;
                summed[1][at] = summed[1][at - stride] + redGreen;
                summed[2][at] = summed[2][at - stride] + blueYellow;
            }
        }
        return summed;
    }

    static PhotoPlane of(BufferedImage picture) {
        BufferedImage small = Pictures.fit(picture, SIZE);
        int w = small.getWidth();
        int h = small.getHeight();
        return new PhotoPlane(w, h, small.getRGB(0, 0, w, h, null, 0, w));
    }

    /** The part of the plane inside a box (pixels of this plane), as a plane of its own. */
    PhotoPlane crop(int x, int y, int w, int h) {
        int[] part = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(rgb, (y + row) * width + x, part, row * w, w);
        }
        return new PhotoPlane(w, h, part);
    }

    /** Mean of a channel (0 grey, 1 red–green, 2 blue–yellow) over the box [x0, x1) × [y0, y1), in plane pixels. */
    double mean(int channel, double x0, double y0, double x1, double y1) {
        double[] summed = summed()[channel];
        int ax = clamp((int) Math.round(x0), width);
        int ay = clamp((int) Math.round(y0), height);
        int bx = Math.max(ax + 1, clamp((int) Math.round(x1), width));
        int by = Math.max(ay + 1, clamp((int) Math.round(y1), height));
        bx = Math.min(bx, width);
        by = Math.min(by, height);
        int stride = width + 1;
        double sum = summed[by * stride + bx] - summed[ay * stride + bx] - summed[by * stride + ax] + summed[ay * stride + ax];
        return sum / ((bx - ax) * (double) (by - ay));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max - 1, v));
    }
}
