package io.vitrine.post;

import io.vitrine.workspace.Workspace;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.imageio.ImageIO;

/** A real workspace with a brand, a small catalog (one group with variants) and photo files, for tests. */
public final class PostFixtures {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private PostFixtures() {
    }

    /** Creates a workspace with brand @maisonlumiere (Europe/Paris), a campaign and five catalog items. */
    public static Workspace workspace(Path file) {
        Workspace workspace = Workspace.create(file, "Test shop");
        workspace.database().write(sql -> {
            sql.insert("INSERT INTO brand_profile(name, handle, time_zone, created_at) VALUES ('Maison Lumière', 'maisonlumiere',"
                    + " 'Europe/Paris', '2026-01-01T00:00:00Z')");
            sql.insert("INSERT INTO campaign(name, starts_on, ends_on, created_at) VALUES ('Autumn Nest', '2026-10-01', '2026-12-31',"
                    + " '2026-01-01T00:00:00Z')");
            String insert = "INSERT INTO catalog_item(id, item_group_id, title, brand, price_micros, currency, availability,"
                    + " stock_quantity, removed, updated_at) VALUES (?, ?, ?, 'Maison Lumière', ?, 'EUR', ?, ?, ?, 'x')";
            sql.update(insert, "LAMP-SAND", "LUNE", "Lune table lamp, sand", 89_000_000L, "in_stock", 12, 0);
            sql.update(insert, "LAMP-SAGE", "LUNE", "Lune table lamp, sage", 89_000_000L, "in_stock", 4, 0);
            sql.update(insert, "LAMP-INK", "LUNE", "Lune table lamp, ink", 89_000_000L, "out_of_stock", 0, 0);
            sql.update(insert, "CUSH-LIN", "CUSH", "Linen cushion", 29_000_000L, "in_stock", 40, 0);
            sql.update(insert, "THROW-OLD", "THROW", "Wool throw (discontinued)", 79_000_000L, "in_stock", 0, 1);
            return null;
        });
        return workspace;
    }

    public static long brandId(Workspace workspace) {
        return workspace.database().read(sql -> sql.scalar("SELECT id FROM brand_profile WHERE handle = 'maisonlumiere'"));
    }

    /** A JPEG photo of the given size with a gradient, so it decodes like a real one. */
    public static Path photo(Path dir, String name, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8D8C4), width, height, new Color(0x8A6F5A)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x3B5249));
        g.fillOval(width / 4, height / 3, width / 5, height / 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }
}
