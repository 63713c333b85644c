import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Paints the demo workspace's lifestyle photos (living rooms, bedrooms, shelves, tables, reading
 * nooks in the Maison Lumière palette) and writes photos.json with where each product sits in each
 * photo, so the demo pins land on the lamp, the cushion or the vase. Deterministic (fixed seeds).
 *
 *   java tools/DemoPhotos.java resources/demo/photos
 */
public final class DemoPhotos {
    record Palette(Color wall, Color wallLow, Color floor, Color fabric, Color accent, Color wood, Color light) {
    }

    record Thing(String kind, double x, double y) {
    }

    static final Palette[] PALETTES = {
        new Palette(c(0xEFE6DA), c(0xE2D3C1), c(0xB88B63), c(0xD9CBB8), c(0xB5654A), c(0x8C6244), c(0xFFE3B0)),
        new Palette(c(0xDCE3D5), c(0xC9D3C0), c(0xA37C5B), c(0xEEE8DC), c(0x5F7A61), c(0x7A5A40), c(0xFFEAC2)),
        new Palette(c(0xE9DCD3), c(0xD9C4B6), c(0x9C7458), c(0xC98E77), c(0x2F4858), c(0x6E4C36), c(0xFFD9A0)),
        new Palette(c(0xD8DEE4), c(0xC3CCD5), c(0xBFA07F), c(0xF1ECE4), c(0xC27C3A), c(0x8A6A4D), c(0xFFF0CF)),
        new Palette(c(0xF3EDE3), c(0xE6DBCB), c(0x8E6A4E), c(0x9FAF9A), c(0xD4A373), c(0x5E4331), c(0xFFE6B8)),
    };

    private final Graphics2D g;
    private final int w;
    private final int h;
    private final Random random;
    private final Palette p;
    final List<Thing> things = new ArrayList<>();

    DemoPhotos(Graphics2D g, int w, int h, Random random, Palette p) {
        this.g = g;
        this.w = w;
        this.h = h;
        this.random = random;
        this.p = p;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "resources/demo/photos");
        Files.createDirectories(out);
        String[] scenes = {"living", "bedroom", "shelf", "table", "nook"};
        StringBuilder json = new StringBuilder("[\n");
        int n = 0;
        for (int i = 0; i < 18; i++) {
            String scene = scenes[i % scenes.length];
            boolean square = i % 3 == 2;
            int width = 1080;
            int height = square ? 1080 : 1350;
            Random random = new Random(1000 + i * 7919L);
            Palette palette = PALETTES[(i * 2 + i / 5) % PALETTES.length];
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            DemoPhotos painter = new DemoPhotos(g, width, height, random, palette);
            painter.paint(scene);
            g.dispose();
            grain(image, random);
            String name = String.format(Locale.ROOT, "%02d-%s.jpg", i + 1, scene);
            writeJpeg(image, out.resolve(name));
            json.append(n++ == 0 ? "" : ",\n").append("  {\"file\": \"").append(name).append("\", \"scene\": \"").append(scene)
                    .append("\", \"width\": ").append(width).append(", \"height\": ").append(height).append(", \"products\": [");
            for (int t = 0; t < painter.things.size(); t++) {
                Thing thing = painter.things.get(t);
                json.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"kind\": \"%s\", \"x\": %.3f, \"y\": %.3f}",
                        thing.kind(), thing.x(), thing.y()));
            }
            json.append("]}");
        }
        json.append("\n]\n");
        Files.writeString(out.resolve("photos.json"), json.toString());
    }

    void paint(String scene) {
        switch (scene) {
            case "living" -> living();
            case "bedroom" -> bedroom();
            case "shelf" -> shelf();
            case "table" -> table();
            default -> nook();
        }
        sunlight();
        vignette();
    }

    // ------------------------------------------------------------------ scenes

    void living() {
        double floorY = 0.70 + random.nextDouble() * 0.05;
        room(floorY);
        window(0.08 + random.nextDouble() * 0.1, 0.12, 0.26, 0.42);
        rug(0.5, floorY + 0.16, 0.8, 0.12);
        double sofaX = 0.22 + random.nextDouble() * 0.08;
        sofa(sofaX, floorY, 0.62);
        cushion(sofaX + 0.12, floorY - 0.16, 0.12, p.accent(), true);
        cushion(sofaX + 0.46, floorY - 0.16, 0.12, p.fabric().darker(), false);
        throwBlanket(sofaX + 0.29, floorY - 0.07, 0.14);
        floorLamp(0.88, floorY + 0.02);
        sideTable(0.10, floorY + 0.02);
        vase(0.10, floorY - 0.18, 0.05);
        plant(0.70 + random.nextDouble() * 0.05, floorY + 0.06, 0.22);
    }

    void bedroom() {
        double floorY = 0.74;
        room(floorY);
        art(0.5, 0.22, 0.22, 0.16);
        bed(0.5, floorY, 0.72);
        pillow(0.36, floorY - 0.24);
        pillow(0.64, floorY - 0.24);
        cushion(0.5, floorY - 0.19, 0.10, p.accent(), true);
        throwBlanket(0.5, floorY - 0.06, 0.30);
        sideTable(0.06, floorY + 0.02);
        tableLamp(0.07, floorY - 0.17, 0.09);
        sideTable(0.94, floorY + 0.02);
        candle(0.92, floorY - 0.17);
        pendant(0.78, 0.0, 0.20);
    }

    void shelf() {
        room(0.92);
        double[] shelves = {0.34, 0.58, 0.82};
        for (double y : shelves) {
            fill(new RoundRectangle2D.Double(w * 0.06, h * y, w * 0.88, h * 0.025, 8, 8), p.wood());
            shadow(0.5, y + 0.03, 0.44, 0.01, 0.18);
        }
        tableLamp(0.22, shelves[0] - 0.005, 0.11);
        vase(0.55, shelves[0] - 0.005, 0.07);
        books(0.70, shelves[0], 4);
        candle(0.30, shelves[1] - 0.005);
        vase(0.72, shelves[1] - 0.005, 0.05);
        mug(0.50, shelves[1] - 0.005);
        books(0.12, shelves[2], 5);
        bowl(0.52, shelves[2] - 0.005);
        plant(0.82, shelves[2] + 0.005, 0.14);
    }

    void table() {
        g.setPaint(new GradientPaint(0, 0, p.wood().brighter(), w, h, p.wood()));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 14; i++) { // wood grain
            g.setColor(new Color(0, 0, 0, 14 + random.nextInt(12)));
            g.setStroke(new BasicStroke(2f + random.nextFloat() * 3));
            double y = h * (i / 14.0) + random.nextInt(30);
            Path2D grain = new Path2D.Double();
            grain.moveTo(0, y);
            grain.curveTo(w * 0.3, y + 20 - random.nextInt(40), w * 0.6, y + 20 - random.nextInt(40), w, y);
            g.draw(grain);
        }
        // a flat lay seen from above
        linen(0.08, 0.50, 0.58, 0.42);
        plate(0.37, 0.71, 0.30);
        topBowl(0.30, 0.28, 0.13, "bowl");
        topMug(0.68, 0.50);
        topCandle(0.80, 0.78);
        topBowl(0.78, 0.22, 0.09, "vase");
        flowers(0.78, 0.22);
    }

    void nook() {
        double floorY = 0.72;
        room(floorY);
        window(0.56, 0.10, 0.34, 0.48);
        rug(0.42, floorY + 0.15, 0.66, 0.12);
        armchair(0.40, floorY);
        throwBlanket(0.46, floorY - 0.10, 0.12);
        cushion(0.40, floorY - 0.20, 0.11, p.accent(), false);
        floorLamp(0.12, floorY + 0.03);
        basket(0.80, floorY + 0.07);
        plant(0.93, floorY + 0.06, 0.26);
        mug(0.66, floorY - 0.02);
    }

    // ------------------------------------------------------------------ room

    void room(double floorY) {
        g.setPaint(new GradientPaint(0, 0, p.wall(), 0, (float) (h * floorY), p.wallLow()));
        g.fillRect(0, 0, w, (int) (h * floorY) + 1);
        g.setPaint(new GradientPaint(0, (float) (h * floorY), p.floor().brighter(), 0, h, p.floor()));
        g.fillRect(0, (int) (h * floorY), w, h);
        g.setColor(new Color(0, 0, 0, 22));
        for (int x = -40; x < w; x += 90 + random.nextInt(20)) { // floor boards
            g.drawLine(x, (int) (h * floorY), x - 60, h);
        }
        fill(new java.awt.geom.Rectangle2D.Double(0, h * floorY - 8, w, 10), p.wallLow().darker());
    }

    void window(double x, double y, double ww, double wh) {
        fill(new RoundRectangle2D.Double(w * x - 10, h * y - 10, w * ww + 20, h * wh + 20, 12, 12), p.wall().brighter());
        g.setPaint(new GradientPaint((float) (w * x), (float) (h * y), new Color(0xF6FBFF),
                (float) (w * (x + ww)), (float) (h * (y + wh)), new Color(0xCFE3EE)));
        g.fill(new java.awt.geom.Rectangle2D.Double(w * x, h * y, w * ww, h * wh));
        g.setColor(p.wall().brighter());
        g.setStroke(new BasicStroke(10));
        g.drawLine((int) (w * (x + ww / 2)), (int) (h * y), (int) (w * (x + ww / 2)), (int) (h * (y + wh)));
        g.drawLine((int) (w * x), (int) (h * (y + wh / 2)), (int) (w * (x + ww)), (int) (h * (y + wh / 2)));
        fill(new java.awt.geom.Rectangle2D.Double(w * x - 30, h * (y + wh) + 8, w * ww + 60, 14), p.wall().darker());
    }

    void sunlight() {
        Path2D beam = new Path2D.Double();
        double x = 0.1 + random.nextDouble() * 0.3;
        beam.moveTo(w * x, 0);
        beam.lineTo(w * (x + 0.3), 0);
        beam.lineTo(w * (x + 0.75), h);
        beam.lineTo(w * (x + 0.35), h);
        beam.closePath();
        g.setPaint(new GradientPaint(0, 0, new Color(255, 244, 214, 46), 0, h, new Color(255, 244, 214, 0)));
        g.fill(beam);
    }

    void vignette() {
        RadialGradientPaint paint = new RadialGradientPaint(new Point2D.Double(w / 2.0, h / 2.0), (float) (Math.max(w, h) * 0.75),
                new float[] {0.55f, 1f}, new Color[] {new Color(0, 0, 0, 0), new Color(20, 10, 0, 70)});
        g.setPaint(paint);
        g.fillRect(0, 0, w, h);
    }

    // ------------------------------------------------------------------ furniture and products

    void sofa(double x, double floorY, double width) {
        shadow(x + width / 2, floorY + 0.01, width * 0.55, 0.025, 0.35);
        Color body = p.fabric().darker();
        fill(round(x, floorY - 0.26, width, 0.16, 40), body);
        fill(round(x - 0.03, floorY - 0.16, 0.07, 0.15, 30), body.darker());
        fill(round(x + width - 0.04, floorY - 0.16, 0.07, 0.15, 30), body.darker());
        fill(round(x + 0.02, floorY - 0.12, width - 0.04, 0.10, 26), p.fabric());
        fill(round(x + 0.03, floorY - 0.02, 0.025, 0.03, 6), p.wood().darker());
        fill(round(x + width - 0.055, floorY - 0.02, 0.025, 0.03, 6), p.wood().darker());
    }

    void armchair(double cx, double floorY) {
        double x = cx - 0.17;
        shadow(cx, floorY + 0.01, 0.2, 0.02, 0.35);
        fill(round(x, floorY - 0.34, 0.34, 0.24, 60), p.fabric().darker());
        fill(round(x - 0.03, floorY - 0.18, 0.08, 0.16, 30), p.fabric().darker().darker());
        fill(round(x + 0.29, floorY - 0.18, 0.08, 0.16, 30), p.fabric().darker().darker());
        fill(round(x + 0.03, floorY - 0.13, 0.28, 0.10, 24), p.fabric());
        fill(round(x + 0.04, floorY - 0.03, 0.02, 0.04, 4), p.wood());
        fill(round(x + 0.28, floorY - 0.03, 0.02, 0.04, 4), p.wood());
    }

    void bed(double cx, double floorY, double width) {
        double x = cx - width / 2;
        shadow(cx, floorY + 0.01, width * 0.55, 0.03, 0.3);
        fill(round(x + 0.02, floorY - 0.40, width - 0.04, 0.22, 30), p.wood());
        fill(round(x, floorY - 0.20, width, 0.17, 30), new Color(0xF7F3EC));
        fill(round(x, floorY - 0.05, width, 0.04, 10), p.wood().darker());
    }

    void cushion(double cx, double cy, double size, Color color, boolean striped) {
        String kind = "cushion";
        Path2D shape = new Path2D.Double();
        double s = size * w;
        double x = cx * w - s / 2;
        double y = cy * h - s / 2;
        shape.moveTo(x, y + s * 0.1);
        shape.quadTo(x + s / 2, y - s * 0.05, x + s, y + s * 0.08);
        shape.quadTo(x + s * 1.05, y + s / 2, x + s, y + s * 0.92);
        shape.quadTo(x + s / 2, y + s * 1.05, x, y + s * 0.9);
        shape.quadTo(x - s * 0.05, y + s / 2, x, y + s * 0.1);
        g.setPaint(new GradientPaint((float) x, (float) y, color.brighter(), (float) (x + s), (float) (y + s), color.darker()));
        g.fill(shape);
        if (striped) {
            g.setClip(shape);
            g.setColor(new Color(255, 255, 255, 90));
            for (double sx = x; sx < x + s; sx += s / 7) {
                g.fillRect((int) sx, (int) y - 10, (int) (s / 20), (int) s + 20);
            }
            g.setClip(null);
        }
        things.add(new Thing(kind, cx, cy));
    }

    void pillow(double cx, double cy) {
        fill(round(cx - 0.11, cy - 0.04, 0.22, 0.08, 50), new Color(0xFFFFFF));
        fill(round(cx - 0.10, cy - 0.02, 0.20, 0.05, 40), new Color(0xEDE7DE));
    }

    void throwBlanket(double cx, double cy, double width) {
        double x = cx - width / 2;
        Color base = p.accent();
        Path2D blanket = new Path2D.Double();
        blanket.moveTo(w * x, h * (cy - 0.06));
        blanket.curveTo(w * (x + width * 0.3), h * (cy - 0.08), w * (x + width * 0.7), h * (cy - 0.04), w * (x + width), h * (cy - 0.06));
        blanket.lineTo(w * (x + width * 0.95), h * (cy + 0.07));
        blanket.curveTo(w * (x + width * 0.6), h * (cy + 0.09), w * (x + width * 0.3), h * (cy + 0.05), w * (x + 0.01), h * (cy + 0.08));
        blanket.closePath();
        g.setPaint(new GradientPaint((float) (w * x), 0, base.brighter(), (float) (w * (x + width)), 0, base));
        g.fill(blanket);
        g.setClip(blanket);
        g.setColor(new Color(255, 255, 255, 70));
        for (int i = 1; i < 6; i++) {
            g.fillRect(0, (int) (h * (cy - 0.07 + i * 0.025)), w, 4);
        }
        g.setClip(null);
        things.add(new Thing("throw", cx, cy));
    }

    void floorLamp(double cx, double floorY) {
        shadow(cx, floorY, 0.05, 0.01, 0.35);
        glow(cx, floorY - 0.47, 0.22);
        g.setColor(new Color(0x2B2B2B));
        g.setStroke(new BasicStroke(6));
        g.drawLine((int) (w * cx), (int) (h * (floorY - 0.45)), (int) (w * cx), (int) (h * floorY));
        fill(new Ellipse2D.Double(w * (cx - 0.04), h * floorY - 8, w * 0.08, 16), new Color(0x2B2B2B));
        shade(cx, floorY - 0.5, 0.13, 0.09);
        things.add(new Thing("lamp", cx, floorY - 0.46));
    }

    void tableLamp(double cx, double baseY, double size) {
        glow(cx, baseY - size * 1.3, size * 1.8);
        fill(new Ellipse2D.Double(w * (cx - size * 0.3), h * (baseY - size * 0.55), w * size * 0.6, h * size * 0.55), p.accent().darker());
        shade(cx, baseY - size * 1.5, size, size * 0.75);
        things.add(new Thing("lamp", cx, baseY - size * 1.1));
    }

    void pendant(double cx, double top, double length) {
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(3));
        g.drawLine((int) (w * cx), (int) (h * top), (int) (w * cx), (int) (h * (top + length)));
        glow(cx, top + length + 0.04, 0.2);
        Path2D dome = new Path2D.Double();
        dome.moveTo(w * (cx - 0.07), h * (top + length + 0.05));
        dome.curveTo(w * (cx - 0.06), h * (top + length - 0.02), w * (cx + 0.06), h * (top + length - 0.02), w * (cx + 0.07), h * (top + length + 0.05));
        dome.closePath();
        g.setColor(p.accent());
        g.fill(dome);
        things.add(new Thing("lamp", cx, top + length + 0.02));
    }

    void shade(double cx, double top, double width, double height) {
        Path2D shade = new Path2D.Double();
        shade.moveTo(w * (cx - width * 0.35), h * top);
        shade.lineTo(w * (cx + width * 0.35), h * top);
        shade.lineTo(w * (cx + width * 0.5), h * (top + height));
        shade.lineTo(w * (cx - width * 0.5), h * (top + height));
        shade.closePath();
        g.setPaint(new GradientPaint(0, (float) (h * top), p.light(), 0, (float) (h * (top + height)), p.light().darker()));
        g.fill(shade);
    }

    void glow(double cx, double cy, double radius) {
        RadialGradientPaint paint = new RadialGradientPaint(new Point2D.Double(w * cx, h * cy), (float) (w * radius),
                new float[] {0f, 1f}, new Color[] {new Color(255, 226, 160, 120), new Color(255, 226, 160, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE);
        g.setPaint(paint);
        g.fill(new Ellipse2D.Double(w * (cx - radius), h * cy - w * radius, w * radius * 2, w * radius * 2));
    }

    void sideTable(double cx, double floorY) {
        shadow(cx, floorY, 0.07, 0.01, 0.3);
        fill(round(cx - 0.08, floorY - 0.16, 0.16, 0.025, 10), p.wood());
        fill(round(cx - 0.01, floorY - 0.14, 0.02, 0.14, 4), p.wood().darker());
        fill(round(cx - 0.05, floorY - 0.01, 0.10, 0.015, 6), p.wood().darker());
    }

    void vase(double cx, double baseY, double size) {
        Path2D vase = new Path2D.Double();
        double s = size * w;
        double x = cx * w;
        double y = baseY * h;
        vase.moveTo(x - s * 0.25, y - s * 2.2);
        vase.curveTo(x - s * 0.3, y - s * 1.6, x - s * 0.75, y - s * 1.2, x - s * 0.6, y - s * 0.3);
        vase.quadTo(x - s * 0.5, y, x, y);
        vase.quadTo(x + s * 0.5, y, x + s * 0.6, y - s * 0.3);
        vase.curveTo(x + s * 0.75, y - s * 1.2, x + s * 0.3, y - s * 1.6, x + s * 0.25, y - s * 2.2);
        vase.closePath();
        g.setPaint(new GradientPaint((float) (x - s), 0, p.fabric().brighter(), (float) (x + s), 0, p.accent()));
        g.fill(vase);
        g.setColor(new Color(0x5E7553));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 4; i++) {
            double dx = (i - 1.5) * s * 0.35;
            g.draw(new java.awt.geom.QuadCurve2D.Double(x, y - s * 2.1, x + dx * 0.5, y - s * 3, x + dx, y - s * 3.6));
            fill(new Ellipse2D.Double(x + dx - 8, y - s * 3.6 - 8, 16, 16), new Color(0xE8C9A0));
        }
        things.add(new Thing("vase", cx, baseY - size * 1.0 * w / h));
    }

    void candle(double cx, double baseY) {
        double cw = 0.035;
        glow(cx, baseY - 0.07, 0.06);
        fill(round(cx - cw / 2, baseY - 0.055, cw, 0.055, 8), new Color(0xF5EFE6));
        fill(new Ellipse2D.Double(w * cx - 5, h * (baseY - 0.07), 10, 18), new Color(0xFFB347));
        things.add(new Thing("candle", cx, baseY - 0.03));
    }

    void mug(double cx, double baseY) {
        fill(round(cx - 0.03, baseY - 0.055, 0.06, 0.055, 10), p.accent().brighter());
        g.setColor(p.accent().brighter());
        g.setStroke(new BasicStroke(7));
        g.drawArc((int) (w * (cx + 0.02)), (int) (h * (baseY - 0.045)), (int) (w * 0.03), (int) (h * 0.03), -90, 180);
        things.add(new Thing("mug", cx, baseY - 0.03));
    }

    void bowl(double cx, double baseY) {
        Path2D bowl = new Path2D.Double();
        bowl.moveTo(w * (cx - 0.07), h * (baseY - 0.04));
        bowl.quadTo(w * cx, h * (baseY + 0.03), w * (cx + 0.07), h * (baseY - 0.04));
        bowl.closePath();
        g.setColor(p.fabric().darker());
        g.fill(bowl);
        things.add(new Thing("bowl", cx, baseY - 0.02));
    }

    void topBowl(double cx, double cy, double r, String kind) {
        shadow(cx + 0.01, cy + 0.012, r * 1.05, r * 1.05 * w / h, 0.35);
        fill(new Ellipse2D.Double(w * (cx - r), h * cy - w * r, w * r * 2, w * r * 2), p.fabric().darker());
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w * cx, h * cy), (float) (w * r * 0.8), new float[] {0f, 1f},
                new Color[] {p.fabric().brighter(), p.fabric()}));
        g.fill(new Ellipse2D.Double(w * (cx - r * 0.82), h * cy - w * r * 0.82, w * r * 1.64, w * r * 1.64));
        things.add(new Thing(kind, cx, cy));
    }

    void topMug(double cx, double cy) {
        double r = 0.065;
        shadow(cx + 0.01, cy + 0.012, r * 1.1, r * 1.1 * w / h, 0.35);
        fill(new RoundRectangle2D.Double(w * (cx + r * 0.7), h * cy - w * 0.018, w * 0.07, w * 0.036, 20, 20), p.accent());
        fill(new Ellipse2D.Double(w * (cx - r), h * cy - w * r, w * r * 2, w * r * 2), p.accent());
        fill(new Ellipse2D.Double(w * (cx - r * 0.78), h * cy - w * r * 0.78, w * r * 1.56, w * r * 1.56), new Color(0x5A3A22));
        fill(new Ellipse2D.Double(w * (cx - r * 0.35), h * cy - w * r * 0.45, w * r * 0.5, w * r * 0.3), new Color(0xC89F7A));
        things.add(new Thing("mug", cx, cy));
    }

    void topCandle(double cx, double cy) {
        double r = 0.05;
        glow(cx, cy, 0.12);
        fill(new Ellipse2D.Double(w * (cx - r), h * cy - w * r, w * r * 2, w * r * 2), new Color(0xF5EFE6));
        fill(new Ellipse2D.Double(w * cx - 9, h * cy - 9, 18, 18), new Color(0xFFB347));
        things.add(new Thing("candle", cx, cy));
    }

    void plate(double cx, double cy, double size) {
        fill(new Ellipse2D.Double(w * (cx - size / 2), h * cy - w * size / 2, w * size, w * size), new Color(0xF4F1EC));
        fill(new Ellipse2D.Double(w * (cx - size / 3), h * cy - w * size / 3, w * size * 2 / 3, w * size * 2 / 3), new Color(0xE9E3DA));
        things.add(new Thing("plate", cx, cy));
    }

    void linen(double x, double y, double ww, double hh) {
        fill(round(x, y, ww, hh, 10), p.fabric());
        g.setColor(new Color(0, 0, 0, 18));
        for (int i = 0; i < 30; i++) {
            g.drawLine((int) (w * x), (int) (h * (y + hh * i / 30)), (int) (w * (x + ww)), (int) (h * (y + hh * i / 30)));
        }
        things.add(new Thing("linen", x + ww * 0.2, y + hh * 0.8));
    }

    void flowers(double cx, double cy) {
        for (int i = 0; i < 7; i++) {
            double a = i * Math.PI * 2 / 7;
            fill(new Ellipse2D.Double(w * (cx + Math.cos(a) * 0.03) - 16, h * (cy + Math.sin(a) * 0.025) - 16, 32, 32), new Color(0xF2D7C9));
        }
    }

    void books(double x, double shelfY, int count) {
        double bx = x;
        for (int i = 0; i < count; i++) {
            double bw = 0.022 + random.nextDouble() * 0.015;
            double bh = 0.10 + random.nextDouble() * 0.05;
            Color color = new Color[] {p.accent(), p.fabric().darker(), p.wood(), p.wallLow().darker(), new Color(0x38464F)}[i % 5];
            fill(new java.awt.geom.Rectangle2D.Double(w * bx, h * (shelfY - bh), w * bw, h * bh), color);
            bx += bw + 0.003;
        }
    }

    void basket(double cx, double floorY) {
        shadow(cx, floorY, 0.07, 0.01, 0.3);
        Path2D basket = new Path2D.Double();
        basket.moveTo(w * (cx - 0.08), h * (floorY - 0.12));
        basket.lineTo(w * (cx + 0.08), h * (floorY - 0.12));
        basket.lineTo(w * (cx + 0.065), h * floorY);
        basket.lineTo(w * (cx - 0.065), h * floorY);
        basket.closePath();
        g.setColor(new Color(0xC9A66B));
        g.fill(basket);
        g.setClip(basket);
        g.setColor(new Color(0, 0, 0, 30));
        for (int i = 0; i < 8; i++) {
            g.fillRect(0, (int) (h * (floorY - 0.12 + i * 0.016)), w, 3);
        }
        g.setClip(null);
        throwFold(cx, floorY - 0.13);
        things.add(new Thing("basket", cx, floorY - 0.06));
    }

    void throwFold(double cx, double y) {
        fill(round(cx - 0.06, y - 0.03, 0.12, 0.05, 30), p.fabric().darker());
    }

    void plant(double cx, double floorY, double height) {
        shadow(cx, floorY, 0.06, 0.01, 0.3);
        Path2D pot = new Path2D.Double();
        pot.moveTo(w * (cx - 0.06), h * (floorY - 0.09));
        pot.lineTo(w * (cx + 0.06), h * (floorY - 0.09));
        pot.lineTo(w * (cx + 0.045), h * floorY);
        pot.lineTo(w * (cx - 0.045), h * floorY);
        pot.closePath();
        g.setColor(new Color(0xC07A55));
        g.fill(pot);
        for (int i = 0; i < 11; i++) {
            double a = -Math.PI / 2 + (random.nextDouble() - 0.5) * 2.2;
            double len = height * (0.5 + random.nextDouble() * 0.5);
            double ex = cx + Math.cos(a) * len * 0.6;
            double ey = floorY - 0.09 + Math.sin(a) * len;
            g.setColor(new Color(0x4F6B4A).brighter());
            g.setStroke(new BasicStroke(3));
            g.drawLine((int) (w * cx), (int) (h * (floorY - 0.09)), (int) (w * ex), (int) (h * ey));
            Ellipse2D leaf = new Ellipse2D.Double(w * ex - 22, h * ey - 40, 44, 80);
            g.setColor(i % 2 == 0 ? new Color(0x5C7F55) : new Color(0x46683F));
            g.fill(rotated(leaf, a + Math.PI / 2, w * ex, h * ey));
        }
        things.add(new Thing("planter", cx, floorY - 0.045));
    }

    void art(double cx, double cy, double ww, double hh) {
        fill(new java.awt.geom.Rectangle2D.Double(w * (cx - ww / 2) - 10, h * (cy - hh / 2) - 10, w * ww + 20, h * hh + 20), p.wood());
        g.setPaint(new GradientPaint(0, (float) (h * (cy - hh / 2)), p.wall().brighter(), 0, (float) (h * (cy + hh / 2)), p.fabric()));
        g.fill(new java.awt.geom.Rectangle2D.Double(w * (cx - ww / 2), h * (cy - hh / 2), w * ww, h * hh));
        fill(new Ellipse2D.Double(w * (cx - 0.04), h * (cy - 0.03), w * 0.08, w * 0.08), p.accent());
    }

    void rug(double cx, double cy, double ww, double hh) {
        Ellipse2D rug = new Ellipse2D.Double(w * (cx - ww / 2), h * (cy - hh / 2), w * ww, h * hh);
        g.setColor(p.fabric().brighter());
        g.fill(rug);
        g.setClip(rug);
        g.setColor(new Color(0, 0, 0, 25));
        for (int i = 0; i < 12; i++) {
            g.fill(new Ellipse2D.Double(w * (cx - ww / 2 + ww * i / 12), h * (cy - hh / 2), w * ww / 24, h * hh));
        }
        g.setClip(null);
        things.add(new Thing("rug", cx + ww * 0.3, cy));
    }

    // ------------------------------------------------------------------ helpers

    java.awt.Shape rotated(java.awt.Shape shape, double angle, double x, double y) {
        return java.awt.geom.AffineTransform.getRotateInstance(angle, x, y).createTransformedShape(shape);
    }

    void shadow(double cx, double cy, double rx, double ry, double strength) {
        RadialGradientPaint paint = new RadialGradientPaint(new Point2D.Double(w * cx, h * cy), (float) (w * rx),
                new float[] {0f, 1f}, new Color[] {new Color(0, 0, 0, (int) (255 * strength)), new Color(0, 0, 0, 0)});
        java.awt.geom.AffineTransform old = g.getTransform();
        g.translate(w * cx, h * cy);
        g.scale(1, Math.max(0.05, (h * ry) / (w * rx)));
        g.translate(-w * cx, -h * cy);
        g.setPaint(paint);
        g.fill(new Ellipse2D.Double(w * (cx - rx), h * cy - w * rx, w * rx * 2, w * rx * 2));
        g.setTransform(old);
    }

    RoundRectangle2D round(double x, double y, double ww, double hh, double arc) {
        return new RoundRectangle2D.Double(w * x, h * y, w * ww, h * hh, arc, arc);
    }

    void fill(java.awt.Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    static Color c(int rgb) {
        return new Color(rgb);
    }

    static void grain(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(7) - 3;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + n));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + n));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + n));
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
