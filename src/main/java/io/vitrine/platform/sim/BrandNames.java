package io.vitrine.platform.sim;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The simulator's brands: fixed ids and names, so a demo always meets the same shops. */
final class BrandNames {
    private static final List<String> NAMES = List.of("Maison Lumière", "Northwind Outfitters", "Atelier Sable",
            "Fjord & Field", "Casa Verde", "Kobo Ceramics", "Harbour Knitwear", "Solstice Beauty");
    static final int MAX = NAMES.size();

    private BrandNames() {
    }

    /** The languages a brand's shop speaks, the one for everyone else first (its audience writes in them). */
    static List<String> languages(int number) {
        return switch (number) {
            case 1 -> List.of("en", "fr", "de");
            case 2 -> List.of("en", "de");
            default -> List.of("en", "fr", "de", "es", "it");
        };
    }

    static String id(int number) {
        return "b_" + number;
    }

    /** Numbers start at 1. */
    static String name(int number) {
        return NAMES.get(number - 1);
    }

    /** "Maison Lumière" → "maisonlumiere". */
    static String handle(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
