package io.vitrine.catalog.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture to look for, prepared for the index: hashes of the whole picture, of the part that differs
 * from its background (a product photo posted on another backdrop) and of the product inside that part,
 * and of square windows of many sizes slid across it (the photo somewhere inside a larger picture); and
 * its colours and silhouette, from the whole picture and from that part.
 */
final class PhotoQuery {
    private static final double[] WINDOW_SIZES = {0.9, 0.8, 0.7, 0.6, 0.5};
    private static final double[] FINE_SIZES = {0.95, 0.85, 0.75, 0.65, 0.55, 0.45};
    /** Windows move by this share of the picture's shorter side: coarse for every picture, fine for the closest. */
    private static final double COARSE_STEP = 0.1;
    private static final double FINE_STEP = 0.05;
    private static final int FOREGROUND = 36;

    /** Where a window of the query lies: the whole picture, the product's box, or a window inside. */
    enum Place { WHOLE, PRODUCT, INSIDE }

    /** A box of the query's plane and its hash. */
    record Window(PhotoPlane plane, double x0, double y0, double x1, double y1, long[] hash, Place place) {
        static Window of(PhotoPlane plane, double x0, double y0, double x1, double y1, Place place) {
            return new Window(plane, x0, y0, x1, y1, PhotoHasher.hash(plane, x0, y0, x1, y1), place);
        }

        /** The colours of the product in this window (its own border taken as the background). */
        byte[] colours() {
            int x = (int) Math.round(x0);
            int y = (int) Math.round(y0);
            int w = Math.max(1, Math.min(plane.width - x, (int) Math.round(x1 - x0)));
            int h = Math.max(1, Math.min(plane.height - y, (int) Math.round(y1 - y0)));
            return Foreground.of(plane.crop(x, y, w, h), FOREGROUND).colours();
        }

        /** The same window moved by (dx, dy) and grown by {@code grow} (shares of its size), kept on the plane. */
        Window nudged(double dx, double dy, double grow) {
            double w = (x1 - x0) * grow;
            double h = (y1 - y0) * grow;
            double cx = (x0 + x1) / 2 + dx * (x1 - x0);
            double cy = (y0 + y1) / 2 + dy * (y1 - y0);
            double nx0 = Math.max(0, Math.min(plane.width - w, cx - w / 2));
            double ny0 = Math.max(0, Math.min(plane.height - h, cy - h / 2));
            if (w > plane.width || h > plane.height) {
                return this;
            }
            return of(plane, nx0, ny0, nx0 + w, ny0 + h, place);
        }
    }

    /** The whole picture, the product's box, and coarse windows: compared with every catalog picture. */
    final List<Window> windows = new ArrayList<>();
    /** Windows half as far apart: compared with the closest catalog pictures only. */
    final List<Window> fineWindows = new ArrayList<>();
    final List<PhotoFingerprint> looks = new ArrayList<>();
    private final java.util.Map<Window, byte[]> colours = new java.util.HashMap<>();

    /** The colours a window shows, computed once however many catalog pictures it is compared with. */
    byte[] colours(Window window) {
        return colours.computeIfAbsent(window, Window::colours);
    }

    static PhotoQuery of(BufferedImage picture) {
        PhotoPlane plane = PhotoPlane.of(picture);
        PhotoQuery query = new PhotoQuery();
        query.windows.add(Window.of(plane, 0, 0, plane.width, plane.height, Place.WHOLE));
        query.looks.add(PhotoHasher.fingerprint(plane));
        Foreground product = Foreground.of(plane, FOREGROUND);
        if (product.boxShare() < 0.85 && product.x1 - product.x0 >= 16 && product.y1 - product.y0 >= 16) {
            PhotoPlane part = plane.crop(product.x0, product.y0, product.x1 - product.x0, product.y1 - product.y0);
            query.windows.add(Window.of(part, 0, 0, part.width, part.height, Place.PRODUCT));
            query.looks.add(PhotoHasher.fingerprint(part));
            Foreground inner = Foreground.of(part, FOREGROUND);
            if (inner.boxShare() < 0.9 && inner.x1 - inner.x0 >= 16 && inner.y1 - inner.y0 >= 16) {
                query.windows.add(Window.of(part, inner.x0, inner.y0, inner.x1, inner.y1, Place.PRODUCT));
            }
        }
        slide(plane, WINDOW_SIZES, COARSE_STEP, query.windows);
        slide(plane, WINDOW_SIZES, FINE_STEP, query.fineWindows);
        slide(plane, FINE_SIZES, FINE_STEP, query.fineWindows);
        return query;
    }

    private static void slide(PhotoPlane plane, double[] sizes, double share, List<Window> windows) {
        int shorter = Math.min(plane.width, plane.height);
        double step = Math.max(1, share * shorter);
        for (double size : sizes) {
            double side = size * shorter;
            for (double y = 0; y + side <= plane.height + 0.5; y += step) {
                for (double x = 0; x + side <= plane.width + 0.5; x += step) {
                    windows.add(Window.of(plane, x, y, Math.min(plane.width, x + side), Math.min(plane.height, y + side),
                            Place.INSIDE));
                }
            }
        }
    }
}
