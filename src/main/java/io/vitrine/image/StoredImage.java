package io.vitrine.image;

/** An image kept in the workspace, addressed by the SHA-256 of its bytes. */
public record StoredImage(String sha256, String mimeType, int width, int height) {

    /** Width over height, e.g. 1.0 for square, 0.8 for 4:5 portrait. */
    public double aspectRatio() {
        return height == 0 ? 1 : (double) width / height;
    }
}
