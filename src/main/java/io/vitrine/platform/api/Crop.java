package io.vitrine.platform.api;

/** A normalised (0..1) crop rectangle of an uploaded image. */
public record Crop(double x, double y, double w, double h) {
    public static final Crop FULL = new Crop(0, 0, 1, 1);
}
