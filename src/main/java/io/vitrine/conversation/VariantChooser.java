package io.vitrine.conversation;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.SearchQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the variant a question is about from a product's variants: the colour and size it names (when the product
 * has them), else the variant the publication shows. When that one cannot be bought now, or the colour or size asked
 * does not exist, the closest variant in stock: same size (or colour) first, then the most stock.
 */
final class VariantChooser {
    private static final Pattern SIZE_NAMED = Pattern.compile("\\b(in|en|im|auf|size|taille|grosse|talla|taglia)\\s+"
            + QuestionWords.SIZE_TOKEN + "\\b");

    /**
     * @param chosen        the variant asked about; null when the colour or size asked does not exist
     * @param askedColour   the colour named (as the product spells it, or as the comment did when it has none)
     * @param askedSize     likewise for the size
     * @param alternative   the closest variant in stock, when {@code chosen} is null or cannot be bought now
     */
    record Choice(CatalogItem chosen, String askedColour, boolean colourOffered, String askedSize, boolean sizeOffered,
                  CatalogItem alternative) {
    }

    Choice choose(CatalogItem shown, List<CatalogItem> variants, QuestionReader.Reading reading) {
        List<String> words = reading.words();
        String compactText = Words.compactSize(String.join(" ", words));
        Optional<String> colour = variants.stream().map(CatalogItem::color).filter(Objects::nonNull).distinct()
                .filter(c -> named(c, words)).findFirst();
        Optional<String> size = variants.stream().map(CatalogItem::size).filter(Objects::nonNull).distinct()
                .filter(s -> sizeNamed(s, words, compactText)).findFirst();
        String askedColour = colour.orElseGet(() -> unknownColour(words));
        String askedSize = size.orElseGet(() -> unknownSize(words));
        boolean colourOffered = askedColour == null || colour.isPresent();
        boolean sizeOffered = askedSize == null || size.isPresent();
        CatalogItem chosen = null;
        if (colourOffered && sizeOffered) {
            chosen = variants.stream()
                    .filter(v -> colour.isEmpty() || colour.get().equals(v.color()))
                    .filter(v -> size.isEmpty() || size.get().equals(v.size()))
                    .min(Comparator.comparingInt((CatalogItem v) -> v.id().equals(shown.id()) ? 0 : 1)
                            .thenComparingInt(v -> similarity(v, shown))
                            .thenComparingInt(v -> inStock(v) ? 0 : 1))
                    .orElse(colour.isEmpty() && size.isEmpty() ? shown : null);
        }
        CatalogItem reference = chosen != null ? chosen : shown;
        CatalogItem alternative = chosen != null && inStock(chosen) ? null
                : closestInStock(variants, colour.orElse(null), size.orElse(null), reference, chosen);
        return new Choice(chosen, askedColour, colourOffered, askedSize, sizeOffered, alternative);
    }

    /** In stock now: listed so, and not with a stock count of zero (a count of zero wins over the label). */
    static boolean inStock(CatalogItem item) {
        return item.availability() == Availability.IN_STOCK && (item.stockQuantity() == null || item.stockQuantity() > 0);
    }

    /**
     * The variant in stock closest to what was asked: the colour and size named first (what the person asked for),
     * then most like {@code reference} (the variant shown or chosen), then the one with the most stock.
     */
    private static CatalogItem closestInStock(List<CatalogItem> variants, String colour, String size, CatalogItem reference,
                                              CatalogItem exclude) {
        return variants.stream().filter(VariantChooser::inStock).filter(v -> exclude == null || !v.id().equals(exclude.id()))
                .min(Comparator.comparingInt((CatalogItem v) -> (colour == null ? 0 : same(v.color(), colour))
                                + (size == null ? 0 : same(v.size(), size)))
                        .thenComparingInt(v -> similarity(v, reference))
                        .thenComparing(v -> v.stockQuantity() == null ? 0 : v.stockQuantity(), Comparator.reverseOrder())
                        .thenComparing(CatalogItem::title))
                .orElse(null);
    }

    private static int similarity(CatalogItem v, CatalogItem shown) {
        return same(v.size(), shown.size()) + same(v.color(), shown.color());
    }

    private static int same(String a, String b) {
        return a != null && a.equalsIgnoreCase(Objects.toString(b, "")) ? 0 : 1;
    }

    /** The colour's words appear in the comment, or a translation of it does ("sauge" for Sage). */
    private static boolean named(String colour, List<String> words) {
        List<String> colourWords = Words.of(colour);
        if (Words.containsPhrase(words, colourWords)) {
            return true;
        }
        return words.stream().map(QuestionWords.COLOURS::get).filter(Objects::nonNull).anyMatch(colourWords::contains);
    }

    private static boolean sizeNamed(String size, List<String> words, String compactText) {
        String compact = Words.compactSize(size);
        return compact.length() <= 4 ? words.contains(compact) : compactText.contains(compact);
    }

    /** A colour word the product has no variant of, as written ("Amber"); null when none is named. */
    private static String unknownColour(List<String> words) {
        for (String word : words) {
            if (QuestionWords.COMMON_COLOURS.contains(word) || QuestionWords.COLOURS.containsKey(word)) {
                return Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
        }
        return null;
    }

    private static String unknownSize(List<String> words) {
        Matcher m = SIZE_NAMED.matcher(String.join(" ", words));
        return m.find() ? SearchQuery.fold(m.group(2)).toUpperCase(java.util.Locale.ROOT) : null;
    }
}
