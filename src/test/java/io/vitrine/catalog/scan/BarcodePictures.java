package io.vitrine.catalog.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Barcode pictures for tests and the scan benchmark: codes drawn by ZXing's writers, then turned, shrunk,
 * placed several to a picture on a grey card, with sensor noise and JPEG compression.
 */
public final class BarcodePictures {
    private BarcodePictures() {
    }

    /** A sample payload for each format (check digits computed by the writer where it can). */
    public static String sampleText(BarcodeFormat format, Random random) {
        return switch (format) {
            case EAN_13 -> digits(random, 12);
            case EAN_8 -> digits(random, 7);
            case UPC_A -> digits(random, 11);
            case UPC_E -> "0" + digits(random, 6);
            case CODE_128 -> "VIT-" + digits(random, 6);
            case QR_CODE -> "https://maison-lumiere.example/products/p" + digits(random, 5);
            default -> throw new IllegalArgumentException(format.name());
        };
    }

    private static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    /** The code alone, black on white, {@code module} pixels per narrowest bar, with its quiet zone. */
    public static BufferedImage code(BarcodeFormat format, String text, int module) {
        try {
            boolean square = format == BarcodeFormat.QR_CODE;
            BitMatrix natural = new MultiFormatWriter().encode(text, format, 0, 0, Map.of(EncodeHintType.MARGIN, square ? 2 : 10));
            int width = natural.getWidth() * module;
            int height = square ? width : Math.max(module * 40, width / 3);
            BitMatrix matrix = new MultiFormatWriter().encode(text, format, width, height,
                    Map.of(EncodeHintType.MARGIN, square ? 2 : 10));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The text ZXing reads back for a written payload (the writer appends the check digit of EAN/UPC). */
    public static String readBack(BarcodeFormat format, String text) {
        return switch (format) {
            case EAN_13, EAN_8, UPC_A -> text + io.vitrine.catalog.feed.Gtin.checkDigit(text);
            case UPC_E -> text + io.vitrine.catalog.feed.Gtin.checkDigit(io.vitrine.catalog.feed.Gtin.upcAPayload(text));
            default -> text;
        };
    }

    /** A card of {@code width}×{@code height} in light grey, to put codes on. */
    public static BufferedImage card(int width, int height) {
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(228, 226, 220));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return card;
    }

    /** Draws {@code code} on {@code card}, its centre at (cx, cy), scaled and turned by {@code degrees}. */
    public static void place(BufferedImage card, BufferedImage code, double cx, double cy, double scale, double degrees) {
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.rotate(Math.toRadians(degrees));
        at.scale(scale, scale);
        at.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
        g.drawImage(code, at, null);
        g.dispose();
    }

    /** Adds Gaussian sensor noise of standard deviation {@code sigma} (0–255 levels). */
    public static void noise(BufferedImage picture, double sigma, Random random) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                int n = (int) Math.round(random.nextGaussian() * sigma);
                picture.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) + n) << 16) | (clamp(((rgb >> 8) & 0xFF) + n) << 8)
                        | clamp((rgb & 0xFF) + n));
            }
        }
    }

    /** The picture after a round trip through JPEG (ImageIO's default quality, 0.75). */
    public static BufferedImage jpeg(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "jpg", out);
            return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
