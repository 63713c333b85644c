package io.vitrine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Realistic Merchant Center rows, deterministic for a seed: products from ~2,000 brands across home,
 * apparel, beauty, kitchen and garden, 1–6 variants each (colour × size) sharing an item_group_id,
 * titles built the way Merchant Center recommends ("Brand Collection Material Type – Colour, Size"),
 * descriptions, links, valid EAN-13s (1% with a bad check digit), 10% on sale, 12% out of stock.
 * Rows carry every column the import reads, about 900 bytes each in TSV.
 */
public final class GmcFeedGenerator {
    static final String[] HEADER = {"id", "item_group_id", "title", "description", "link", "image_link",
        "additional_image_link", "availability", "price", "sale_price", "brand", "gtin", "mpn", "condition", "color",
        "size", "material", "gender", "age_group", "product_type", "google_product_category", "custom_label_0"};

    private static final String[] SYLLABLES = {"lu", "mi", "ere", "sa", "ble", "nor", "dhem", "va", "lo", "ri", "an",
        "tel", "mai", "son", "bo", "ka", "fjor", "den", "ost", "ter", "ra", "cot", "ta", "li", "na", "ro", "se", "vel",
        "mo", "ria", "ha", "ven", "gra", "nit", "ol", "ive", "ce", "dre", "mar", "bre", "zen", "ko", "tsu", "é", "ä"};
    private static final String[][] TYPES = {
        {"Table Lamp", "Home & Garden > Lighting > Lamps", "Home > Lighting > Table lamps"},
        {"Floor Lamp", "Home & Garden > Lighting > Lamps", "Home > Lighting > Floor lamps"},
        {"Pendant Light", "Home & Garden > Lighting > Lighting Fixtures", "Home > Lighting > Pendants"},
        {"Wall Light", "Home & Garden > Lighting > Lighting Fixtures", "Home > Lighting > Wall lights"},
        {"Cushion Cover", "Home & Garden > Decor > Throw Pillows", "Home > Textiles > Cushions"},
        {"Throw Blanket", "Home & Garden > Linens & Bedding > Bedding > Blankets", "Home > Textiles > Throws"},
        {"Duvet Cover", "Home & Garden > Linens & Bedding > Bedding > Duvet Covers", "Home > Bedroom > Bedding"},
        {"Bath Towel", "Home & Garden > Linens & Bedding > Towels", "Home > Bathroom > Towels"},
        {"Vase", "Home & Garden > Decor > Vases", "Home > Decor > Vases"},
        {"Scented Candle", "Home & Garden > Decor > Home Fragrances > Candles", "Home > Fragrance > Candles"},
        {"Reed Diffuser", "Home & Garden > Decor > Home Fragrances", "Home > Fragrance > Diffusers"},
        {"Dinner Plate", "Home & Garden > Kitchen & Dining > Tableware > Dinnerware", "Kitchen > Tableware > Plates"},
        {"Bowl", "Home & Garden > Kitchen & Dining > Tableware > Dinnerware", "Kitchen > Tableware > Bowls"},
        {"Mug", "Home & Garden > Kitchen & Dining > Tableware > Drinkware", "Kitchen > Drinkware > Mugs"},
        {"Carafe", "Home & Garden > Kitchen & Dining > Tableware > Serveware", "Kitchen > Serveware > Carafes"},
        {"Chef's Knife", "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils", "Kitchen > Knives"},
        {"Cast Iron Pan", "Home & Garden > Kitchen & Dining > Cookware", "Kitchen > Cookware > Pans"},
        {"Rug", "Home & Garden > Decor > Rugs", "Home > Textiles > Rugs"},
        {"Mirror", "Home & Garden > Decor > Mirrors", "Home > Decor > Mirrors"},
        {"Storage Basket", "Home & Garden > Household Supplies > Storage", "Home > Storage > Baskets"},
        {"Planter", "Home & Garden > Lawn & Garden > Gardening > Pots & Planters", "Garden > Planters"},
        {"Garden Chair", "Furniture > Outdoor Furniture > Outdoor Seating", "Garden > Furniture"},
        {"Side Table", "Furniture > Tables > Accent Tables", "Home > Furniture > Tables"},
        {"Armchair", "Furniture > Chairs > Arm Chairs", "Home > Furniture > Chairs"},
        {"Linen Shirt", "Apparel & Accessories > Clothing > Shirts & Tops", "Apparel > Shirts"},
        {"Knit Sweater", "Apparel & Accessories > Clothing > Sweaters", "Apparel > Knitwear"},
        {"Wool Coat", "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets", "Apparel > Coats"},
        {"Sneakers", "Apparel & Accessories > Shoes", "Shoes > Sneakers"},
        {"Leather Belt", "Apparel & Accessories > Clothing Accessories > Belts", "Accessories > Belts"},
        {"Tote Bag", "Apparel & Accessories > Handbags, Wallets & Cases > Handbags", "Accessories > Bags"},
        {"Silk Scarf", "Apparel & Accessories > Clothing Accessories > Scarves & Shawls", "Accessories > Scarves"},
        {"Face Serum", "Health & Beauty > Personal Care > Cosmetics > Skin Care", "Beauty > Skincare > Serums"},
        {"Hand Cream", "Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion", "Beauty > Body > Hand care"},
        {"Eau de Parfum", "Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne", "Beauty > Fragrance"},
        {"Yoga Mat", "Sporting Goods > Athletics > Yoga & Pilates", "Sport > Yoga"},
        {"Water Bottle", "Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles", "Outdoor > Bottles"},
    };
    private static final String[] MATERIALS = {"Linen", "Cotton", "Wool", "Merino", "Alpaca", "Cashmere", "Silk", "Velvet",
        "Stoneware", "Porcelain", "Ceramic", "Terracotta", "Glass", "Brass", "Oak", "Walnut", "Rattan", "Jute", "Bamboo",
        "Marble", "Leather", "Recycled Polyester", "Stainless Steel", "Cast Iron", "Concrete", "Beech", "Teak", "Hemp"};
    private static final String[] COLORS = {"Sage", "Ivory", "Terracotta", "Ink", "Rust", "Oat", "Charcoal", "Sand", "Moss",
        "Clay", "Ochre", "Navy", "Blush", "Storm Grey", "Chalk", "Forest", "Mustard", "Plum", "Sky", "Black", "White",
        "Natural", "Olive", "Caramel", "Dusty Rose", "Teal", "Burgundy", "Lavender", "Smoke", "Honey", "Pine", "Coral"};
    private static final String[][] SIZES = {{}, {"S", "M", "L", "XL"}, {"40 × 40 cm", "45 × 45 cm", "50 × 50 cm"},
        {"130 × 170 cm", "150 × 200 cm"}, {"Small", "Medium", "Large"}, {"30 ml", "50 ml", "100 ml"}, {"EU 38", "EU 40", "EU 42", "EU 44"}};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter", "evergreen", "clearance"};

    private final Random random;
    private final String[] brands;
    private final String[] collections;
    private long itemsWritten;
    private int product;

    public GmcFeedGenerator(long seed) {
        random = new Random(seed);
        brands = words(2_000, 2, 3, true);
        collections = words(20_000, 2, 3, false);
    }

    private String[] words(int n, int minSyllables, int maxSyllables, boolean brand) {
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String w = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            result[i] = brand && random.nextInt(4) == 0 ? (random.nextBoolean() ? "Maison " : "Atelier ") + w : w;
        }
        return result;
    }

    /** Produces {@code count} rows (cells in {@link #HEADER} order); {@code changedEvery} > 0 alters every n-th row. */
    public void rows(long count, int changedEvery, Consumer<String[]> sink) {
        Random r = random;
        long seedBase = r.nextLong();
        long written = 0;
        product = 0;
        while (written < count) {
            Random p = new Random(seedBase + product);
            String brand = brands[skewed(p, brands.length)];
            String collection = collections[p.nextInt(collections.length)];
            String[] type = TYPES[p.nextInt(TYPES.length)];
            String material = MATERIALS[p.nextInt(MATERIALS.length)];
            String[] sizes = SIZES[p.nextInt(SIZES.length)];
            int colours = 1 + p.nextInt(p.nextInt(3) == 0 ? 4 : 2);
            int sizeCount = sizes.length == 0 ? 1 : 1 + p.nextInt(Math.min(2, sizes.length));
            long basePrice = (5 + p.nextInt(400)) * 100L + (p.nextBoolean() ? 90 : 0);
            String group = String.format(Locale.ROOT, "P%07d", product);
            String handle = slug(collection + "-" + type[0]);
            String brandSlug = slug(brand);
            for (int c = 0; c < colours && written < count; c++) {
                String colour = COLORS[p.nextInt(COLORS.length)];
                for (int s = 0; s < sizeCount && written < count; s++) {
                    String size = sizes.length == 0 ? "" : sizes[s];
                    boolean changed = changedEvery > 0 && written % changedEvery == changedEvery / 2;
                    sink.accept(row(p, group, written, brand, brandSlug, collection, type, material, colour, size, handle,
                            basePrice + s * 1000L, colours * sizeCount > 1, changed));
                    written++;
                }
            }
            product++;
        }
        itemsWritten = written;
    }

    private String[] row(Random p, String group, long n, String brand, String brandSlug, String collection, String[] type,
                         String material, String colour, String size, String handle, long priceCents, boolean grouped,
                         boolean changed) {
        String id = String.format(Locale.ROOT, "SKU-%08d", n);
        String title = brand + " " + collection + " " + material + " " + type[0] + " – " + colour + (size.isEmpty() ? "" : ", " + size);
        String description = collection + " " + type[0].toLowerCase(Locale.ROOT) + " in " + material.toLowerCase(Locale.ROOT)
                + ", designed by " + brand + ". " + (p.nextBoolean() ? "Made to last, easy to care for, and shipped plastic-free." :
                "Thoughtfully made in small batches; each piece varies slightly.") + " Colour: " + colour.toLowerCase(Locale.ROOT) + ".";
        String link = "https://www." + brandSlug + ".example/products/" + handle + "?variant=" + n;
        String image = "https://cdn." + brandSlug + ".example/images/" + handle + "-" + slug(colour) + ".jpg";
        int stockRoll = p.nextInt(100);
        String availability = stockRoll < 85 ? "in stock" : stockRoll < 97 ? "out of stock" : stockRoll < 99 ? "preorder" : "backorder";
        long price = changed ? priceCents + 500 : priceCents;
        String sale = p.nextInt(10) == 0 ? money(price * 8 / 10) : "";
        String gtin = gtin(p, n);
        return new String[] {id, grouped ? group : "", title, description, link, image,
            image.replace(".jpg", "-2.jpg"), changed && availability.equals("in stock") ? "out of stock" : availability,
            money(price), sale, brand, gtin, "MPN-" + group, "new", colour, size, material,
            type[2].startsWith("Apparel") ? (p.nextBoolean() ? "female" : "unisex") : "",
            type[2].startsWith("Apparel") ? "adult" : "", type[2], type[1], SEASONS[p.nextInt(SEASONS.length)]};
    }

    private static int skewed(Random p, int n) {
        double u = p.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u * u));
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%d.%02d EUR", cents / 100, cents % 100);
    }

    private static String gtin(Random p, long n) {
        int roll = p.nextInt(100);
        if (roll < 9) {
            return "";
        }
        String payload = String.format(Locale.ROOT, "376%09d", n % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        int check = (10 - sum % 10) % 10;
        return payload + (roll == 99 ? (check + 1) % 10 : check);
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Writes a Merchant Center TSV feed. */
    public static long writeTsv(Path file, long seed, long count, int changedEvery) throws IOException {
        GmcFeedGenerator generator = new GmcFeedGenerator(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", HEADER));
            out.write('\n');
            IOException[] failure = {null};
            generator.rows(count, changedEvery, cells -> {
                try {
                    out.write(String.join("\t", cells));
                    out.write('\n');
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return generator.itemsWritten;
    }

    /** Words that appear in titles, for realistic queries. */
    public List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (String[] type : TYPES) {
            words.addAll(List.of(type[0].split(" ")));
        }
        words.addAll(List.of(MATERIALS));
        words.addAll(List.of(COLORS));
        return words;
    }

    public String brand(int i) {
        return brands[i % brands.length];
    }

    public String collection(int i) {
        return collections[i % collections.length];
    }
}
