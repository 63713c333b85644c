package io.vitrine.catalog.scan;

import io.vitrine.common.VitrineException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a picture to scan, refusing what would exhaust memory before decoding it: a file over 30 MB, or
 * one whose header announces more than 60 megapixels or a side over 20,000 pixels (a "decompression bomb"
 * is a small file that says it is huge). The size is read from the header by ImageIO, without the pixels.
 */
public final class PictureReader {
    static final long MAX_BYTES = 30L * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    static final int MAX_SIDE = 20_000;

    private PictureReader() {
    }

    public static BufferedImage read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new VitrineException(file.getFileName() + " is " + size / (1024 * 1024) + " MB; a picture to scan can be at most 30 MB.",
                        "Export a smaller version of the picture and try again.");
            }
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new VitrineException("The picture " + file + " does not exist.", "Check the path.", e);
        } catch (IOException e) {
            throw new VitrineException("Cannot read the picture " + file + ".", "Check that the file is readable.", e);
        }
    }

    /** Decodes picture bytes (PNG, JPEG, GIF, BMP, WebP) after checking the size its header gives. */
    public static BufferedImage read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new VitrineException(name + " is over 30 MB; a picture to scan can be at most 30 MB.",
                    "Export a smaller version of the picture and try again.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAPicture(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), name);
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAPicture(name);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof VitrineException known) {
                throw known;
            }
            throw new VitrineException(name + " is damaged or not a picture Vitrine can read.",
                    "Open it in an image editor, save it as PNG or JPEG, and try again.", e);
        }
    }

    /** Checks a picture that is already in memory (pasted, dropped from another application). */
    public static BufferedImage check(BufferedImage image, String name) {
        checkSize(image.getWidth(), image.getHeight(), name);
        return image;
    }

    static void checkSize(int width, int height, String name) {
        if (width <= 0 || height <= 0) {
            throw notAPicture(name);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new VitrineException(name + " is " + width + " × " + height + " pixels; Vitrine scans pictures of at most 60 megapixels"
                    + " (20,000 pixels a side).", "Shrink the picture, or crop it to the product or code, and try again.");
        }
    }

    private static VitrineException notAPicture(String name) {
        return new VitrineException(name + " is not a picture Vitrine can read.", "Use a PNG, JPEG, GIF, BMP or WebP picture.");
    }
}
