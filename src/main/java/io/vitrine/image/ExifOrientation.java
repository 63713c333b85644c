package io.vitrine.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Cameras and phones store photos sideways and say how to turn them in the EXIF "Orientation" tag
 * (1 = upright … 8). The platform and JavaFX show pixels as stored, so the store turns them upright.
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;

    private ExifOrientation() {
    }

    /** The EXIF orientation (1–8) of an image file's bytes; 1 when there is none or it cannot be read. */
    static int of(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int value = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return value >= 1 && value <= 8 ? value : UPRIGHT;
                }
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException unreadable) {
            // no usable metadata: the pixels are taken as they are
        }
        return UPRIGHT;
    }

    /** The image turned and/or mirrored so that it looks the way the camera saw it. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        int[] in = source.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }             // mirrored
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }     // upside down
                    case 4 -> { dx = x; dy = h - 1 - y; }             // mirrored upside down
                    case 5 -> { dx = y; dy = x; }                     // transposed
                    case 6 -> { dx = h - 1 - y; dy = x; }             // needs a quarter turn clockwise
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }     // transversed
                    default -> { dx = y; dy = w - 1 - x; }            // 8: a quarter turn anticlockwise
                }
                out[dy * outW + dx] = in[y * w + x];
            }
        }
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage result = new BufferedImage(outW, outH, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, outW, outH, out, 0, outW);
        return result;
    }
}
