package io.vitrine.catalog.samples;

import io.vitrine.catalog.samples.DemoCatalogGenerator.Colour;
import io.vitrine.catalog.samples.DemoCatalogGenerator.Shape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** The demo catalog's product pictures: one small Java2D drawing per product shape and colour, as JPEG. */
final class ProductPictures {
    static final int SIZE = DemoCatalogGenerator.SIZE;

    private ProductPictures() {
    }


    static BufferedImage draw(Shape shape, Colour colour) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF6F2EC), 0, SIZE, new Color(0xE9E2D8)));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(0, 0, 0, 28)); // soft floor shadow
        g.fill(new Ellipse2D.Double(50, 196, 140, 18));
        Color main = new Color(colour.rgb());
        switch (shape) {
            case TABLE_LAMP -> tableLamp(g, main);
            case FLOOR_LAMP -> floorLamp(g, main);
            case PENDANT -> pendant(g, main);
            case CUSHION -> cushion(g, main);
            case THROW -> foldedThrow(g, main);
            case VASE -> vase(g, main);
            case CANDLE -> candle(g, main);
            case MUG -> mug(g, main);
            case BOWL -> bowl(g, main);
            case PLATE -> plate(g, main);
            case BASKET -> basket(g, main);
            case MIRROR -> mirror(g, main);
            case RUG -> rug(g, main);
            case CARAFE -> carafe(g, main);
        }
        g.dispose();
        return image;
    }

    private static Color shade(Color c, double factor) {
        return new Color(clamp(c.getRed() * factor), clamp(c.getGreen() * factor), clamp(c.getBlue() * factor));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    private static void shaded(Graphics2D g, java.awt.Shape s, Color c, float x0, float x1) {
        g.setPaint(new GradientPaint(x0, 0, shade(c, 1.12), x1, 0, shade(c, 0.82)));
        g.fill(s);
    }

    private static void tableLamp(Graphics2D g, Color c) {
        GeneralPath shadeShape = new GeneralPath();
        shadeShape.moveTo(78, 60);
        shadeShape.lineTo(162, 60);
        shadeShape.lineTo(184, 120);
        shadeShape.lineTo(56, 120);
        shadeShape.closePath();
        shaded(g, shadeShape, new Color(0xF3EEE4), 56, 184);
        g.setColor(new Color(0, 0, 0, 25));
        for (int x = 70; x < 176; x += 12) {
            g.drawLine(x + 8, 62, x, 118);
        }
        shaded(g, new Ellipse2D.Double(82, 120, 76, 84), c, 82, 158);
        g.setColor(shade(c, 0.7));
        g.fillRect(112, 112, 16, 10);
    }

    private static void floorLamp(Graphics2D g, Color c) {
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(c);
        GeneralPath arc = new GeneralPath();
        arc.moveTo(80, 200);
        arc.curveTo(70, 90, 120, 40, 180, 70);
        g.draw(arc);
        g.fill(new RoundRectangle2D.Double(55, 196, 50, 10, 8, 8));
        GeneralPath shadeShape = new GeneralPath();
        shadeShape.moveTo(160, 70);
        shadeShape.lineTo(200, 70);
        shadeShape.lineTo(212, 110);
        shadeShape.lineTo(148, 110);
        shadeShape.closePath();
        shaded(g, shadeShape, new Color(0xF1EBDF), 148, 212);
        g.setColor(new Color(255, 236, 180, 90));
        g.fill(new Ellipse2D.Double(140, 104, 80, 30));
    }

    private static void pendant(Graphics2D g, Color c) {
        g.setColor(new Color(0x4A4A4A));
        g.setStroke(new BasicStroke(2));
        g.drawLine(120, 0, 120, 70);
        GeneralPath dome = new GeneralPath();
        dome.moveTo(50, 150);
        dome.curveTo(50, 60, 190, 60, 190, 150);
        dome.closePath();
        shaded(g, dome, c, 50, 190);
        g.setColor(new Color(255, 240, 200, 160));
        g.fill(new Ellipse2D.Double(92, 138, 56, 24));
        g.setColor(new Color(0, 0, 0, 30));
        for (int x = 64; x < 180; x += 14) {
            g.drawLine(x, 148, 120, 78);
        }
    }

    private static void cushion(Graphics2D g, Color c) {
        RoundRectangle2D body = new RoundRectangle2D.Double(42, 58, 156, 140, 46, 46);
        shaded(g, body, c, 42, 198);
        g.setColor(shade(c, 0.72));
        g.setStroke(new BasicStroke(3));
        g.draw(body);
        g.setColor(new Color(255, 255, 255, 40));
        g.fill(new Ellipse2D.Double(70, 80, 70, 40));
    }

    private static void foldedThrow(Graphics2D g, Color c) {
        for (int i = 0; i < 3; i++) {
            RoundRectangle2D fold = new RoundRectangle2D.Double(40, 92 + i * 32, 160, 40, 14, 14);
            shaded(g, fold, shade(c, 1.0 - i * 0.06), 40, 200);
            g.setColor(shade(c, 0.75));
            g.draw(fold);
        }
        g.setColor(shade(c, 0.7));
        for (int x = 44; x < 196; x += 6) {
            g.drawLine(x, 188, x - 2, 200);
        }
    }

    private static void vase(Graphics2D g, Color c) {
        GeneralPath v = new GeneralPath();
        v.moveTo(100, 40);
        v.lineTo(140, 40);
        v.curveTo(140, 80, 180, 100, 176, 150);
        v.curveTo(172, 190, 150, 204, 120, 204);
        v.curveTo(90, 204, 68, 190, 64, 150);
        v.curveTo(60, 100, 100, 80, 100, 40);
        v.closePath();
        shaded(g, v, c, 64, 176);
        g.setColor(shade(c, 0.7));
        g.fill(new Ellipse2D.Double(100, 34, 40, 12));
    }

    private static void candle(Graphics2D g, Color c) {
        RoundRectangle2D jar = new RoundRectangle2D.Double(70, 90, 100, 114, 16, 16);
        shaded(g, jar, c, 70, 170);
        g.setColor(new Color(0xF4EFE6));
        g.fillRect(82, 126, 76, 40);
        g.setColor(shade(c, 0.6));
        g.drawString("MAISON", 97, 143);
        g.drawString("LUMIÈRE", 94, 157);
        g.setColor(new Color(0x333333));
        g.fillRect(118, 72, 4, 18);
        g.setColor(new Color(255, 190, 80));
        g.fill(new Ellipse2D.Double(111, 44, 18, 30));
        g.setColor(new Color(255, 240, 200));
        g.fill(new Ellipse2D.Double(116, 56, 8, 14));
    }

    private static void mug(Graphics2D g, Color c) {
        g.setStroke(new BasicStroke(12));
        g.setColor(shade(c, 0.85));
        g.draw(new Ellipse2D.Double(150, 100, 46, 56));
        shaded(g, new RoundRectangle2D.Double(60, 76, 106, 128, 18, 18), c, 60, 166);
        g.setColor(shade(c, 0.65));
        g.fill(new Ellipse2D.Double(60, 68, 106, 18));
    }

    private static void bowl(Graphics2D g, Color c) {
        GeneralPath b = new GeneralPath();
        b.moveTo(36, 110);
        b.curveTo(40, 190, 200, 190, 204, 110);
        b.closePath();
        shaded(g, b, c, 36, 204);
        g.setColor(shade(c, 0.72));
        g.fill(new Ellipse2D.Double(36, 98, 168, 26));
        g.setColor(new Color(0, 0, 0, 40));
        for (int i = 0; i < 40; i++) {
            g.fillOval(50 + (i * 37) % 140, 120 + (i * 23) % 50, 3, 3);
        }
    }

    private static void plate(Graphics2D g, Color c) {
        shaded(g, new Ellipse2D.Double(30, 40, 180, 170), c, 30, 210);
        g.setColor(shade(c, 1.08));
        g.fill(new Ellipse2D.Double(62, 70, 116, 110));
        g.setColor(shade(c, 0.8));
        g.draw(new Ellipse2D.Double(62, 70, 116, 110));
    }

    private static void basket(Graphics2D g, Color c) {
        GeneralPath b = new GeneralPath();
        b.moveTo(50, 90);
        b.lineTo(190, 90);
        b.lineTo(172, 204);
        b.lineTo(68, 204);
        b.closePath();
        shaded(g, b, c, 50, 190);
        g.setColor(shade(c, 0.7));
        for (int y = 98; y < 204; y += 10) {
            g.drawLine(52 + (y - 90) / 6, y, 188 - (y - 90) / 6, y);
        }
        g.setStroke(new BasicStroke(6));
        g.drawArc(80, 62, 26, 40, 0, 180);
        g.drawArc(134, 62, 26, 40, 0, 180);
    }

    private static void mirror(Graphics2D g, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 36; i++) {
            double a = Math.toRadians(i * 10);
            g.drawLine((int) (120 + 50 * Math.cos(a)), (int) (120 + 50 * Math.sin(a)),
                    (int) (120 + 100 * Math.cos(a)), (int) (120 + 100 * Math.sin(a)));
        }
        g.setPaint(new GradientPaint(70, 70, new Color(0xDDE6EA), 170, 170, new Color(0xA9B8BF)));
        g.fill(new Ellipse2D.Double(70, 70, 100, 100));
    }

    private static void rug(Graphics2D g, Color c) {
        GeneralPath r = new GeneralPath();
        r.moveTo(60, 80);
        r.lineTo(200, 80);
        r.lineTo(180, 200);
        r.lineTo(40, 200);
        r.closePath();
        shaded(g, r, c, 40, 200);
        g.setColor(shade(c, 0.8));
        for (int i = 1; i < 8; i++) {
            g.drawLine(60 - i * 2 - 1, 80 + i * 15, 200 - i * 2 - 1, 80 + i * 15);
        }
    }

    private static void carafe(Graphics2D g, Color c) {
        Color glass = new Color(c.getRed(), c.getGreen(), c.getBlue(), 150);
        GeneralPath v = new GeneralPath();
        v.moveTo(108, 50);
        v.lineTo(132, 50);
        v.lineTo(132, 100);
        v.curveTo(170, 118, 176, 200, 120, 204);
        v.curveTo(64, 200, 70, 118, 108, 100);
        v.closePath();
        g.setColor(glass);
        g.fill(v);
        g.setColor(shade(c, 0.7));
        g.draw(v);
        g.setColor(new Color(255, 255, 255, 90));
        g.fillRect(96, 120, 8, 60);
        g.setColor(glass);
        g.fill(new RoundRectangle2D.Double(104, 28, 32, 26, 6, 6));
    }

    static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.82f);
        try (OutputStream out = Files.newOutputStream(file); ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
