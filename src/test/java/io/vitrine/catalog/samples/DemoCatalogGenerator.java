package io.vitrine.catalog.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the demo catalog of Maison Lumière (home &amp; lifestyle): resources/demo/maison-lumiere.xml, a
 * Merchant Center RSS feed of about 200 items (variant groups by colour and size, some out of stock, a few
 * on sale, EUR), and one small product picture per product and colour under resources/demo/products/,
 * drawn with Java2D. Deterministic: the same code writes the same files.
 * Run: {@code java -cp target/test-classes:target/classes:target/lib/* io.vitrine.catalog.samples.DemoCatalogGenerator resources/demo}
 */
public final class DemoCatalogGenerator {
    static final int SIZE = 240;

    /** A colourway: name for people, RGB for pictures. */
    record Colour(String name, int rgb) {
    }

    /** A product line: its kind of picture, name, category, price, colours and sizes. */
    record Line(String code, Shape shape, String name, String type, String googleCategory, String material,
                double price, List<Colour> colours, List<String> sizes, String description) {
    }

    enum Shape { TABLE_LAMP, FLOOR_LAMP, PENDANT, CUSHION, THROW, VASE, CANDLE, MUG, BOWL, PLATE, BASKET, MIRROR, RUG, CARAFE }

    static final Colour SAGE = new Colour("Sage", 0x9CAF88);
    static final Colour IVORY = new Colour("Ivory", 0xEFE6D2);
    static final Colour TERRACOTTA = new Colour("Terracotta", 0xC0633D);
    static final Colour INK = new Colour("Ink", 0x2E3A4D);
    static final Colour RUST = new Colour("Rust", 0xA4502A);
    static final Colour OAT = new Colour("Oat", 0xD9C9A8);
    static final Colour CHARCOAL = new Colour("Charcoal", 0x3C3C3C);
    static final Colour BLUSH = new Colour("Blush", 0xE3B8AE);
    static final Colour MOSS = new Colour("Moss", 0x6B7A46);
    static final Colour OCHRE = new Colour("Ochre", 0xC99A3B);
    static final Colour CLAY = new Colour("Clay", 0xB98563);
    static final Colour CHALK = new Colour("Chalk", 0xF4F1EA);
    static final Colour SMOKE = new Colour("Smoke", 0x8E8A86);
    static final Colour BRASS = new Colour("Brass", 0xB89047);
    static final Colour NATURAL = new Colour("Natural", 0xC8AD7F);
    static final Colour STORM = new Colour("Storm grey", 0x6E7681);

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("LUNE-TL", Shape.TABLE_LAMP, "Lune Table Lamp", "Lighting > Table lamps",
                "Home & Garden > Lighting > Lamps", "Stoneware", 89, List.of(SAGE, IVORY, TERRACOTTA, INK), List.of(),
                "A glazed stoneware base with a pleated linen shade that softens the light. Height 42 cm, E27 bulb."));
        lines.add(new Line("ECLAT-TL", Shape.TABLE_LAMP, "Éclat Mushroom Lamp", "Lighting > Table lamps",
                "Home & Garden > Lighting > Lamps", "Opal glass", 129, List.of(CHALK, OCHRE, BLUSH), List.of("Small", "Large"),
                "Mouth-blown opal glass on a brushed brass stem. Dimmable, warm 2,700 K glow."));
        lines.add(new Line("ARC-FL", Shape.FLOOR_LAMP, "Arc Floor Lamp", "Lighting > Floor lamps",
                "Home & Garden > Lighting > Lamps", "Powder-coated steel", 249, List.of(CHARCOAL, BRASS, IVORY), List.of(),
                "A slender steel arc that reaches over a sofa. 190 cm tall, linen drum shade."));
        lines.add(new Line("OSIER-PD", Shape.PENDANT, "Osier Rattan Pendant", "Lighting > Pendants",
                "Home & Garden > Lighting > Lighting Fixtures > Chandeliers", "Rattan", 119, List.of(NATURAL, CHARCOAL),
                List.of("Ø 35 cm", "Ø 50 cm"), "Hand-woven rattan that casts soft, patterned light on the ceiling."));
        lines.add(new Line("DOME-PD", Shape.PENDANT, "Dôme Metal Pendant", "Lighting > Pendants",
                "Home & Garden > Lighting > Lighting Fixtures", "Steel", 95, List.of(SAGE, INK, RUST, CHALK, OCHRE), List.of(),
                "Enamelled steel dome with a frosted diffuser. 1.5 m fabric cable."));
        lines.add(new Line("LIN-CU", Shape.CUSHION, "Washed Linen Cushion Cover", "Textiles > Cushions",
                "Home & Garden > Decor > Throw Pillows", "Linen", 39, List.of(SAGE, RUST, INK, OAT, BLUSH),
                List.of("40 × 40 cm", "45 × 45 cm", "50 × 50 cm"), "Stonewashed French linen, softer with every wash. Hidden zip."));
        lines.add(new Line("VELOURS-CU", Shape.CUSHION, "Velours Cushion", "Textiles > Cushions",
                "Home & Garden > Decor > Throw Pillows", "Cotton velvet", 49, List.of(MOSS, OCHRE, BLUSH, INK), List.of("45 × 45 cm", "30 × 50 cm"),
                "Cotton velvet with a feather-blend insert, piped edges. 45 × 45 cm."));
        lines.add(new Line("ORAGE-TH", Shape.THROW, "Orage Wool Throw", "Textiles > Throws",
                "Home & Garden > Linens & Bedding > Bedding > Blankets", "Merino wool", 129, List.of(STORM, OAT, RUST),
                List.of("130 × 170 cm", "150 × 200 cm"), "Brushed merino wool, woven in Portugal, with a hand-knotted fringe."));
        lines.add(new Line("GAUFRE-TH", Shape.THROW, "Gaufré Cotton Throw", "Textiles > Throws",
                "Home & Garden > Linens & Bedding > Bedding > Blankets", "Cotton", 79, List.of(CHALK, SAGE, CLAY, OCHRE, INK), List.of(),
                "Waffle-weave organic cotton, light enough for summer evenings. 130 × 180 cm."));
        lines.add(new Line("ONDE-VA", Shape.VASE, "Onde Ceramic Vase", "Decor > Vases", "Home & Garden > Decor > Vases",
                "Ceramic", 45, List.of(CHALK, TERRACOTTA, SAGE), List.of("S", "M", "L"),
                "A rippled silhouette thrown by hand; each glaze pools a little differently."));
        lines.add(new Line("BULLE-VA", Shape.VASE, "Bulle Glass Vase", "Decor > Vases", "Home & Garden > Decor > Vases",
                "Recycled glass", 35, List.of(SMOKE, SAGE, OCHRE), List.of("S", "L"), "Recycled glass with tiny bubbles caught inside."));
        lines.add(new Line("FIGUE-CA", Shape.CANDLE, "Figue Noire Scented Candle", "Fragrance > Candles",
                "Home & Garden > Decor > Home Fragrances > Candles", "Soy wax", 34.5, List.of(INK), List.of("180 g", "400 g"),
                "Black fig, cedar and a hint of smoke. Soy wax, cotton wick, hand-poured in Grasse."));
        lines.add(new Line("AMBRE-CA", Shape.CANDLE, "Ambre Doux Scented Candle", "Fragrance > Candles",
                "Home & Garden > Decor > Home Fragrances > Candles", "Soy wax", 34.5, List.of(OCHRE), List.of("180 g", "400 g"),
                "Warm amber, tonka and vanilla. 45 hours in the small size."));
        lines.add(new Line("CEDRE-CA", Shape.CANDLE, "Cèdre & Vétiver Candle", "Fragrance > Candles",
                "Home & Garden > Decor > Home Fragrances > Candles", "Soy wax", 36, List.of(MOSS), List.of(),
                "Atlas cedar and vetiver in a reusable ceramic pot."));
        lines.add(new Line("SABLE-MU", Shape.MUG, "Sable Stoneware Mug", "Tableware > Mugs",
                "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs", "Stoneware", 22,
                List.of(OAT, SAGE, INK, TERRACOTTA, CHALK, MOSS, RUST), List.of(), "Speckled stoneware that sits well in the hand. 330 ml."));
        lines.add(new Line("GRES-BO", Shape.BOWL, "Grès Bowl", "Tableware > Bowls",
                "Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls", "Stoneware", 24,
                List.of(CHALK, CLAY, SAGE), List.of("S", "L"), "Wheel-thrown stoneware with a speckled glaze. Dishwasher safe."));
        lines.add(new Line("LIN-PL", Shape.PLATE, "Lin Dinner Plate", "Tableware > Plates",
                "Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates", "Stoneware", 19.5,
                List.of(CHALK, SMOKE, SAGE, CLAY), List.of("Dinner 27 cm", "Side 21 cm"), "Matte glaze, softly raised rim."));
        lines.add(new Line("JONC-BA", Shape.BASKET, "Jonc Seagrass Basket", "Storage > Baskets",
                "Home & Garden > Household Supplies > Storage & Organization", "Seagrass", 34.9, List.of(NATURAL),
                List.of("S", "M", "L"), "Hand-woven seagrass with sturdy handles, for throws, toys or logs."));
        lines.add(new Line("SOLEIL-MI", Shape.MIRROR, "Soleil Rattan Mirror", "Decor > Mirrors",
                "Home & Garden > Decor > Mirrors", "Rattan", 149, List.of(NATURAL, CHARCOAL), List.of("Ø 60 cm", "Ø 80 cm"),
                "A sunburst of hand-bent rattan around a bevelled mirror."));
        lines.add(new Line("DUNE-RU", Shape.RUG, "Dune Wool Rug", "Textiles > Rugs", "Home & Garden > Decor > Rugs",
                "Wool", 289, List.of(OAT, STORM, RUST), List.of("160 × 230 cm", "200 × 300 cm"),
                "Hand-loomed wool with a low, soft pile and a subtle ridged texture."));
        lines.add(new Line("BULLE-CF", Shape.CARAFE, "Bulle Glass Carafe", "Tableware > Carafes",
                "Home & Garden > Kitchen & Dining > Tableware > Serveware", "Recycled glass", 39, List.of(SMOKE, SAGE),
                List.of(), "One litre of recycled glass with a tumbler that doubles as a lid."));
        lines.add(new Line("NUAGE-DC", Shape.THROW, "Nuage Washed-Linen Duvet Cover", "Bedroom > Bedding",
                "Home & Garden > Linens & Bedding > Bedding > Duvet Covers", "Linen", 149, List.of(SAGE, CLAY, CHALK, INK),
                List.of("140 × 200 cm", "200 × 200 cm", "240 × 220 cm"), "Washed French linen, OEKO-TEX certified, with a button closure."));
        lines.add(new Line("GAZE-CT", Shape.THROW, "Gaze Linen Curtain", "Textiles > Curtains",
                "Home & Garden > Decor > Window Treatments > Curtains & Drapes", "Linen", 69, List.of(CHALK, OAT, SAGE, SMOKE),
                List.of("140 × 260 cm", "140 × 300 cm"), "Sheer washed linen that filters the light; tab-top heading."));
        lines.add(new Line("BRUYERE-TW", Shape.THROW, "Bruyère Bath Towel", "Bathroom > Towels",
                "Home & Garden > Linens & Bedding > Towels", "Organic cotton", 29, List.of(CHALK, SAGE, BLUSH, STORM, OCHRE),
                List.of("50 × 100 cm", "70 × 140 cm"), "Thick organic cotton terry, 550 g/m², woven in Portugal."));
        lines.add(new Line("PLI-TL", Shape.TABLE_LAMP, "Pli Paper Lamp", "Lighting > Table lamps",
                "Home & Garden > Lighting > Lamps", "Paper", 59, List.of(CHALK, OCHRE, SAGE), List.of(),
                "A pleated paper shade on an oak base; light as a lantern."));
        lines.add(new Line("HALO-WL", Shape.PENDANT, "Halo Wall Light", "Lighting > Wall lights",
                "Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures", "Brass", 139, List.of(BRASS, CHARCOAL, CHALK),
                List.of(), "A brushed brass disc that washes the wall with a warm halo."));
        lines.add(new Line("TERRE-PT", Shape.VASE, "Terre Planter", "Garden > Planters",
                "Home & Garden > Lawn & Garden > Gardening > Pots & Planters", "Terracotta", 32,
                List.of(TERRACOTTA, CHALK, MOSS), List.of("Ø 15 cm", "Ø 22 cm", "Ø 30 cm"), "Unglazed terracotta with a drainage saucer."));
        lines.add(new Line("RIVE-JG", Shape.CARAFE, "Rive Stoneware Jug", "Tableware > Carafes",
                "Home & Garden > Kitchen & Dining > Tableware > Serveware", "Stoneware", 42, List.of(CHALK, SAGE, INK), List.of(),
                "A generous jug for water or flowers, 1.2 litres."));
        lines.add(new Line("ATLAS-RU", Shape.RUG, "Atlas Berber Rug", "Textiles > Rugs", "Home & Garden > Decor > Rugs",
                "Wool", 349, List.of(CHALK, OCHRE), List.of("120 × 180 cm", "160 × 230 cm", "200 × 300 cm"),
                "Hand-knotted by a cooperative in the Atlas mountains; every rug is unique."));
        lines.add(new Line("CAFE-CU", Shape.MUG, "Café Espresso Cup", "Tableware > Mugs",
                "Home & Garden > Kitchen & Dining > Tableware > Drinkware", "Porcelain", 14, List.of(CHALK, INK, TERRACOTTA, SAGE, BLUSH, OCHRE),
                List.of(), "Thin porcelain with a glazed rim, 90 ml. Sold individually."));
        lines.add(new Line("BRUME-DF", Shape.CANDLE, "Brume Reed Diffuser", "Fragrance > Diffusers",
                "Home & Garden > Decor > Home Fragrances", "Glass", 48, List.of(SAGE, SMOKE, BLUSH), List.of("100 ml", "200 ml"),
                "Fig leaf, sea salt or rose: a slow, steady scent for about three months."));
        lines.add(new Line("NID-BA", Shape.BASKET, "Nid Woven Storage Basket", "Storage > Baskets",
                "Home & Garden > Household Supplies > Storage & Organization", "Jute", 29, List.of(NATURAL, CHARCOAL),
                List.of("S", "M", "L"), "Coiled jute with leather handles; folds flat when empty."));
        lines.add(new Line("OVALE-MI", Shape.MIRROR, "Ovale Oak Mirror", "Decor > Mirrors", "Home & Garden > Decor > Mirrors",
                "Oak", 189, List.of(NATURAL, CHARCOAL), List.of(), "A solid oak frame around an oval mirror, 50 × 90 cm."));
        lines.add(new Line("CREUSE-BO", Shape.BOWL, "Creuse Pasta Plate", "Tableware > Bowls",
                "Home & Garden > Kitchen & Dining > Tableware > Dinnerware", "Stoneware", 21, List.of(CHALK, CLAY, INK, SAGE),
                List.of("21 cm", "23 cm"), "A deep plate for pasta, soups and salads."));
        lines.add(new Line("CHEVRON-TH", Shape.THROW, "Chevron Alpaca Throw", "Textiles > Throws",
                "Home & Garden > Linens & Bedding > Bedding > Blankets", "Alpaca wool", 189, List.of(OAT, STORM, BLUSH), List.of(),
                "Baby alpaca blended with wool in a soft chevron weave. 130 × 180 cm."));
        return lines;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "resources/demo");
        Files.createDirectories(out.resolve("products"));
        StringBuilder feed = new StringBuilder(FEED_HEAD);
        Random random = new Random(20261122L);
        int items = 0;
        int gtin = 1;
        for (Line line : lines()) {
            for (Colour colour : line.colours()) {
                String picture = "products/" + slug(line.code() + "-" + colour.name()) + ".jpg";
                ProductPictures.writeJpeg(ProductPictures.draw(line.shape(), colour), out.resolve(picture));
                List<String> sizes = line.sizes().isEmpty() ? List.of("") : line.sizes();
                for (int s = 0; s < sizes.size(); s++) {
                    feed.append(item(line, colour, sizes.get(s), s, picture, random, gtin++));
                    items++;
                }
            }
        }
        feed.append("  </channel>\n</rss>\n");
        Files.writeString(out.resolve("maison-lumiere.xml"), feed, StandardCharsets.UTF_8);
        System.out.println(items + " items written to " + out.resolve("maison-lumiere.xml"));
    }

    private static final String FEED_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Maison Lumière: the demo catalog (generated by DemoCatalogGenerator in the test sources).
                 A Google Merchant Center RSS feed; image links are relative to this file. -->
            <rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">
              <channel>
                <title>Maison Lumière</title>
                <link>https://maison-lumiere.example</link>
                <description>Lamps, textiles, ceramics and candles for calm homes</description>
            """;

    private static String item(Line line, Colour colour, String size, int sizeIndex, String picture, Random random, int gtin) {
        boolean grouped = line.colours().size() > 1 || line.sizes().size() > 1;
        String id = "ML-" + line.code() + "-" + slug(colour.name()).toUpperCase(Locale.ROOT)
                + (size.isEmpty() ? "" : "-" + slug(size).toUpperCase(Locale.ROOT));
        double price = line.price() * (1 + 0.35 * sizeIndex);
        int roll = random.nextInt(100);
        String availability = roll < 12 ? "out of stock" : roll < 15 ? "preorder" : roll < 17 ? "backorder" : "in stock";
        int quantity = availability.equals("in stock") ? 2 + random.nextInt(60) : 0;
        String sale = random.nextInt(100) < 9 ? money(Math.round(price * 0.8 * 100) / 100.0) : null;
        String title = line.name() + (line.colours().size() > 1 ? " – " + colour.name() : "") + (size.isEmpty() ? "" : ", " + size);
        String ean = ean13("376098765" + String.format(Locale.ROOT, "%03d", gtin));
        StringBuilder xml = new StringBuilder("    <item>\n");
        tag(xml, "g:id", id);
        if (grouped) {
            tag(xml, "g:item_group_id", "ML-" + line.code());
        }
        tag(xml, "g:title", title);
        tag(xml, "g:description", line.description());
        tag(xml, "g:link", "https://maison-lumiere.example/products/" + slug(line.name()) + "?variant=" + slug(id));
        tag(xml, "g:image_link", picture);
        tag(xml, "g:availability", availability);
        tag(xml, "g:sell_on_google_quantity", String.valueOf(quantity));
        tag(xml, "g:price", money(price));
        if (sale != null) {
            tag(xml, "g:sale_price", sale);
        }
        tag(xml, "g:brand", "Maison Lumière");
        tag(xml, "g:gtin", ean);
        tag(xml, "g:condition", "new");
        tag(xml, "g:color", colour.name());
        if (!size.isEmpty()) {
            tag(xml, "g:size", size);
        }
        tag(xml, "g:material", line.material());
        tag(xml, "g:product_type", line.type());
        tag(xml, "g:google_product_category", line.googleCategory());
        tag(xml, "g:custom_label_0", line.type().startsWith("Textiles") ? "autumn-nest" : line.type().startsWith("Lighting") ? "lumiere-lights" : "core");
        return xml.append("    </item>\n").toString();
    }

    private static void tag(StringBuilder xml, String name, String value) {
        xml.append("      <").append(name).append('>').append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .append("</").append(name).append(">\n");
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f EUR", amount);
    }

    static String ean13(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return payload + (10 - sum % 10) % 10;
    }

    static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
