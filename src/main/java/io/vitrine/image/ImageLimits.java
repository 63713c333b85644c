package io.vitrine.image;

import io.vitrine.common.VitrineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * How large a picture is, read from its header before anything is decoded: a 1 MB PNG can claim
 * 20,000 × 20,000 pixels, which decoded is 1.6 GB of memory. Pictures over {@link #MAX_MEGAPIXELS}
 * megapixels are refused (a 50-megapixel camera is the top of the range; a post is shown at 1080 pixels).
 */
public final class ImageLimits {
    public static final int MAX_MEGAPIXELS = 50;
    static final long MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000L;

    /** Width and height in pixels, as the picture's header states them. */
    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private ImageLimits() {
    }

    /** The size the header states, or empty when no reader knows the format or the header cannot be read. */
    public static Optional<Size> size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** False only for a picture whose header states more pixels than the limit (bytes of no known format pass). */
    public static boolean withinLimit(byte[] bytes) {
        return size(bytes).map(s -> s.pixels() <= MAX_PIXELS).orElse(true);
    }

    /** Refuses a picture over the limit, or one whose header does not say its size. */
    public static Size check(byte[] bytes, String name) {
        Size size = size(bytes).orElseThrow(() -> new VitrineException(name + " is damaged: its header does not say how"
                + " large the picture is.", "Open it in an image editor, save it again, and retry."));
        return check(size, name);
    }

    /** Refuses a picture already decoded (pasted, dropped from another application) that is over the limit. */
    public static Size check(Size size, String name) {
        if (size.width() <= 0 || size.height() <= 0 || size.pixels() > MAX_PIXELS) {
            throw new VitrineException(String.format(Locale.ROOT, "%s is %,d × %,d pixels (%,.0f megapixels); the studio takes"
                    + " pictures of up to %d megapixels.", name, size.width(), size.height(), size.pixels() / 1e6, MAX_MEGAPIXELS),
                    "Export a smaller version (8,000 pixels on the long side is plenty) and try again.");
        }
        return size;
    }
}
