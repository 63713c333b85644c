package io.vitrine.catalog.scan;

import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small catalog on a real workspace file for scan and similar-items tests: GTINs written the ways feeds
 * write them, product links, pictures from the demo (as file: links), a removed item and an out-of-stock one.
 */
public final class ScanFixture {
    public static final Path PRODUCTS = Path.of("resources", "demo", "products").toAbsolutePath();
    private static final String HEADER = "id\ttitle\tbrand\tprice\tavailability\titem_group_id\tcolor\tproduct_type\tgtin\tlink\timage_link";

    private ScanFixture() {
    }

    /** A workspace with the fixture catalog imported twice, the second time without REMOVED-1 (so it is removed). */
    public static Workspace create(Path dir) throws IOException {
        Path file = dir.resolve("scan.vitrine");
        Workspace workspace = Workspace.create(file, "Scan");
        List<String> rows = List.of(
                row("LUNE-SAGE", "Lune Table Lamp – Sage", "89.00 EUR", "in stock", "LUNE", "Sage", "Lighting > Table lamps",
                        "0036000291452", "https://shop.example/products/lune?variant=sage", "lune-tl-sage.jpg"),
                row("LUNE-IVORY", "Lune Table Lamp – Ivory", "89.00 EUR", "in stock", "LUNE", "Ivory", "Lighting > Table lamps",
                        "012345000065", "https://shop.example/products/lune?variant=ivory", "lune-tl-ivory.jpg"),
                row("LUNE-INK", "Lune Table Lamp – Ink", "92.00 EUR", "out of stock", "LUNE", "Ink", "Lighting > Table lamps",
                        "", "https://shop.example/products/lune?variant=ink", "lune-tl-ink.jpg"),
                row("ARC-BRASS", "Arc Floor Lamp – Brass", "249.00 EUR", "in stock", "ARC", "Brass", "Lighting > Floor lamps",
                        "4006381333931", "https://shop.example/products/arc-floor-lamp", "arc-fl-brass.jpg"),
                row("ECLAT-CHALK", "Eclat Mushroom Table Lamp – Chalk", "79.00 EUR", "in stock", "", "Chalk",
                        "Lighting > Table lamps", "", "https://shop.example/products/eclat", "eclat-tl-chalk.jpg"),
                row("ONDE-SAGE", "Onde Ceramic Vase – Sage", "39.00 EUR", "in stock", "", "Sage", "Home > Vases", "",
                        "https://shop.example/products/onde", "onde-va-sage.jpg"),
                row("ATLAS-OCHRE", "Atlas Wool Rug – Ochre", "189.00 EUR", "in stock", "", "Ochre", "Home > Rugs", "",
                        "https://shop.example/products/atlas", "atlas-ru-ochre.jpg"),
                row("REMOVED-1", "Lune Table Lamp – Smoke", "89.00 EUR", "in stock", "LUNE", "Smoke", "Lighting > Table lamps",
                        "73513537", "https://shop.example/products/lune?variant=smoke", "lune-tl-ink.jpg"));
        importRows(workspace, dir, rows);
        importRows(workspace, dir, rows.subList(0, rows.size() - 1)); // REMOVED-1 is gone from the second import
        return workspace;
    }

    private static void importRows(Workspace workspace, Path dir, List<String> rows) throws IOException {
        Path feed = dir.resolve("fixture.tsv");
        Files.writeString(feed, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        CatalogFeature.of(workspace.database(), new EventBus()).imports().importFeed(FeedSource.of(feed), ImportRequest.auto(), Progress.NONE);
    }

    private static String row(String id, String title, String price, String availability, String group, String color,
                              String type, String gtin, String link, String picture) {
        String image = Files.exists(PRODUCTS.resolve(picture)) ? PRODUCTS.resolve(picture).toUri().toString()
                : PRODUCTS.resolve("lune-tl-sage.jpg").toUri().toString();
        return String.join("\t", id, title, "Maison Lumière", price, availability, group, color, type, gtin, link, image);
    }
}
