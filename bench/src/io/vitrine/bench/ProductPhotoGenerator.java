package io.vitrine.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Product photos for the photo-match benchmark, deterministic per seed: a studio backdrop (light gradient),
 * a product made of one to three shapes (lamp bases, shades, boxes, bottles, bowls) in one to three colours,
 * sometimes striped or dotted, with a soft shadow, 240 × 240 like the demo's pictures. And the shopper's
 * versions of a photo: cropped, resized, re-compressed, colour-shifted, on another background.
 */
final class ProductPhotoGenerator {
    static final int SIZE = 240;

    private ProductPhotoGenerator() {
    }

    static BufferedImage product(long seed) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color top = new Color(235 + r.nextInt(15), 230 + r.nextInt(20), 220 + r.nextInt(25));
        g.setPaint(new GradientPaint(0, 0, top, 0, SIZE, top.darker().brighter().darker()));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(40 + r.nextInt(30), 190 + r.nextInt(15), 120 + r.nextInt(40), 16));
        int parts = 1 + r.nextInt(3);
        int y = 200;
        for (int i = 0; i < parts && y > 50; i++) {
            int h = 35 + r.nextInt(90);
            int w = 40 + r.nextInt(130);
            int x = 120 - w / 2 + r.nextInt(31) - 15;
            Color colour = Color.getHSBColor(r.nextFloat(), 0.25f + 0.7f * r.nextFloat(), 0.3f + 0.65f * r.nextFloat());
            g.setPaint(new GradientPaint(x, 0, colour.brighter(), x + w, 0, colour.darker()));
            java.awt.Shape shape = switch (r.nextInt(5)) {
                case 0 -> new Ellipse2D.Double(x, y - h, w, h);
                case 1 -> new RoundRectangle2D.Double(x, y - h, w, h, 8 + r.nextInt(30), 8 + r.nextInt(30));
                case 2 -> new Polygon(new int[] {x + w / 4, x + 3 * w / 4, x + w, x}, new int[] {y - h, y - h, y, y}, 4);
                case 3 -> new Polygon(new int[] {x, x + w, x + w / 2}, new int[] {y, y, y - h}, 3);
                default -> new java.awt.Rectangle(x, y - h, w, h);
            };
            g.fill(shape);
            if (r.nextInt(3) == 0) {
                g.setClip(shape);
                g.setColor(new Color(255, 255, 255, 90));
                g.setStroke(new BasicStroke(2 + r.nextInt(4)));
                int gap = 6 + r.nextInt(12);
                for (int s = x - h; s < x + w + h; s += gap) {
                    if (r.nextBoolean()) {
                        g.drawLine(s, y - h, s, y);
                    } else {
                        g.fillOval(s, y - h / 2 - 3, 6, 6);
                    }
                }
                g.setClip(null);
            }
            y -= h - r.nextInt(10);
        }
        g.dispose();
        return image;
    }

    /** A shopper's version of the photo: one to all of crop, resize, colour shift, background, JPEG. */
    static BufferedImage shopperVersion(BufferedImage photo, Random r) {
        BufferedImage out = photo;
        if (r.nextInt(4) != 0) { // crop 80–95%
            double keep = 0.80 + 0.15 * r.nextDouble();
            int w = (int) (photo.getWidth() * keep);
            int h = (int) (photo.getHeight() * keep);
            out = copy(out.getSubimage(r.nextInt(photo.getWidth() - w + 1), r.nextInt(photo.getHeight() - h + 1), w, h));
        }
        if (r.nextInt(3) != 0) { // colour shift: hue ±12°, saturation and brightness ±15%
            out = shift(out, (float) ((r.nextDouble() - 0.5) * 24 / 360), 1 + (float) ((r.nextDouble() - 0.5) * 0.3),
                    1 + (float) ((r.nextDouble() - 0.5) * 0.3));
        }
        if (r.nextInt(2) == 0) { // on a background, 55–85% of a larger picture
            out = onBackground(out, r);
        }
        double size = 0.6 + 1.6 * r.nextDouble(); // resize 60–220%
        out = resize(out, (int) (out.getWidth() * size), (int) (out.getHeight() * size));
        return jpeg(out, 0.4f + 0.45f * r.nextFloat());
    }

    static BufferedImage onBackground(BufferedImage photo, Random r) {
        double share = 0.55 + 0.3 * r.nextDouble();
        int w = (int) (photo.getWidth() / share);
        int h = (int) (photo.getHeight() / share * (0.8 + 0.5 * r.nextDouble()));
        h = Math.max(h, photo.getHeight() + 4);
        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        Color a = Color.getHSBColor(r.nextFloat(), 0.1f + 0.5f * r.nextFloat(), 0.2f + 0.7f * r.nextFloat());
        Color b = Color.getHSBColor(r.nextFloat(), 0.1f + 0.5f * r.nextFloat(), 0.2f + 0.7f * r.nextFloat());
        g.setPaint(new GradientPaint(0, 0, a, w, h, b));
        g.fillRect(0, 0, w, h);
        if (r.nextBoolean()) { // a wood-like or fabric-like texture
            g.setColor(new Color(0, 0, 0, 25));
            for (int s = 0; s < h; s += 3 + r.nextInt(6)) {
                g.drawLine(0, s, w, s + r.nextInt(5) - 2);
            }
        }
        g.drawImage(photo, r.nextInt(w - photo.getWidth() + 1), r.nextInt(h - photo.getHeight() + 1), null);
        g.dispose();
        return canvas;
    }

    static BufferedImage shift(BufferedImage photo, float hue, float saturation, float brightness) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        float[] hsb = new float[3];
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int p = photo.getRGB(x, y);
                Color.RGBtoHSB((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF, hsb);
                out.setRGB(x, y, Color.HSBtoRGB(hsb[0] + hue, Math.min(1, hsb[1] * saturation), Math.min(1, hsb[2] * brightness)));
            }
        }
        return out;
    }

    static BufferedImage resize(BufferedImage photo, int w, int h) {
        BufferedImage out = new BufferedImage(Math.max(8, w), Math.max(8, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    static BufferedImage copy(BufferedImage part) {
        BufferedImage out = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(part, 0, 0, null);
        g.dispose();
        return out;
    }

    static BufferedImage jpeg(BufferedImage photo, float quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(photo, null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
