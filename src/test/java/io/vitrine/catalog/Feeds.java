package io.vitrine.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small Merchant Center TSV feeds written by tests. */
final class Feeds {
    static final String HEADER = "id\ttitle\tbrand\tprice\tsale_price\tavailability\titem_group_id\tcolor\tproduct_type\timage_link";

    private Feeds() {
    }

    /** One TSV row: id, title, brand, price, sale price, availability, group, colour, type, image. */
    static String row(String id, String title, String price, String availability, String group, String color) {
        return String.join("\t", id, title, "Maison Lumière", price, "", availability, group == null ? "" : group,
                color == null ? "" : color, "Lighting > Lamps", "https://maison-lumiere.example/" + id + ".jpg");
    }

    static Path write(Path file, List<String> rows) {
        try {
            Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A feed of n generated lamps: L-00000 … */
    static Path generated(Path file, int n, String priceSuffix) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < n; i++) {
            String id = String.format("L-%05d", i);
            text.append(row(id, "Generated lamp " + i, (10 + i % 90) + ".00 EUR" + priceSuffix, "in stock", "G-" + (i / 3), null)).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
