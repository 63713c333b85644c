package io.vitrine.post;

/**
 * A non-destructive crop: the visible part of a photo as fractions (0..1) of the uncropped photo.
 * Tags keep their coordinates on the uncropped photo; this maps them to and from the cropped view,
 * so changing the crop never moves a pin on the product it points at.
 */
public record Crop(double x, double y, double w, double h) {
    public static final Crop FULL = new Crop(0, 0, 1, 1);
    private static final double EPSILON = 1e-9;

    public Crop {
        if (w <= 0 || h <= 0 || x < -EPSILON || y < -EPSILON || x + w > 1 + EPSILON || y + h > 1 + EPSILON) {
            throw new IllegalArgumentException("A crop must lie inside the photo: " + x + "," + y + " " + w + "x" + h);
        }
    }

    /** The largest crop of the given shape centred on a photo of {@code width} x {@code height} pixels. */
    public static Crop centred(int width, int height, AspectRatio aspect) {
        if (aspect == AspectRatio.ORIGINAL || width <= 0 || height <= 0) {
            return FULL;
        }
        double photo = (double) width / height;
        if (photo > aspect.ratio()) { // photo is wider: full height, narrower width
            double w = aspect.ratio() / photo;
            return new Crop((1 - w) / 2, 0, w, 1);
        }
        double h = photo / aspect.ratio();
        return new Crop(0, (1 - h) / 2, 1, h);
    }

    /** The same crop shifted by a fraction of the photo, kept inside the photo. */
    public Crop movedBy(double dx, double dy) {
        return new Crop(clamp(x + dx, 0, 1 - w), clamp(y + dy, 0, 1 - h), w, h);
    }

    /** True when a point of the uncropped photo is visible in this crop. */
    public boolean contains(double px, double py) {
        return px >= x - EPSILON && px <= x + w + EPSILON && py >= y - EPSILON && py <= y + h + EPSILON;
    }

    /** Uncropped photo fraction → fraction of the cropped view (may fall outside 0..1 when not visible). */
    public double viewX(double px) {
        return (px - x) / w;
    }

    public double viewY(double py) {
        return (py - y) / h;
    }

    /** Fraction of the cropped view → fraction of the uncropped photo, clamped to the photo. */
    public double photoX(double vx) {
        return clamp(x + vx * w, 0, 1);
    }

    public double photoY(double vy) {
        return clamp(y + vy * h, 0, 1);
    }

    /** Visible width over height for a photo of the given pixel size. */
    public double aspectOf(int width, int height) {
        return height == 0 ? 1 : (w * width) / (h * height);
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
