package io.vitrine.catalog.scan;

import io.vitrine.common.InputFiles;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageLimits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reads a picture to scan, refusing what would exhaust memory before decoding it: a file over 30 MB, or one whose
 * header announces more pixels than the studio takes anywhere ({@link ImageLimits}: a "decompression bomb" is a
 * small file that says it is huge). The size is read from the header, without the pixels.
 */
public final class PictureReader {
    static final long MAX_BYTES = 30L * 1024 * 1024;

    private PictureReader() {
    }

    /** Reads a picture file: an ordinary file of at most 30 MB, within the studio's pixel limit, decodable. */
    public static BufferedImage read(Path file) {
        return read(InputFiles.read(file, MAX_BYTES, "The picture"), file.getFileName().toString());
    }

    /** Decodes picture bytes (PNG, JPEG, GIF, BMP, WebP) after checking the size its header gives ({@link ImageLimits}). */
    public static BufferedImage read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new VitrineException(name + " is over 30 MB; a picture to scan can be at most 30 MB.",
                    "Export a smaller version of the picture and try again.");
        }
        if (ImageLimits.size(bytes).isEmpty()) {
            throw notAPicture(name);
        }
        ImageLimits.check(bytes, name);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw notAPicture(name);
            }
            return image;
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
        ImageLimits.check(new ImageLimits.Size(image.getWidth(), image.getHeight()), name);
        return image;
    }

    private static VitrineException notAPicture(String name) {
        return new VitrineException(name + " is not a picture Vitrine can read.", "Use a PNG, JPEG, GIF, BMP or WebP picture.");
    }
}
