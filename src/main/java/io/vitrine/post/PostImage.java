package io.vitrine.post;

/**
 * One photo of a post (its place in the carousel is its index in {@link Post#images()}), with the
 * photo's pixel size and its non-destructive crop.
 */
public record PostImage(String imageSha256, int width, int height, AspectRatio aspect, Crop crop) {

    public static PostImage uncropped(String sha256, int width, int height) {
        return new PostImage(sha256, width, height, AspectRatio.ORIGINAL, Crop.FULL);
    }

    /** The same photo cropped to a platform shape, centred. */
    public PostImage croppedTo(AspectRatio shape) {
        return new PostImage(imageSha256, width, height, shape, Crop.centred(width, height, shape));
    }

    public PostImage withCrop(Crop newCrop) {
        return new PostImage(imageSha256, width, height, aspect, newCrop);
    }

    /** Width over height of what the feed shows. */
    public double visibleAspect() {
        return crop.aspectOf(width, height);
    }
}
