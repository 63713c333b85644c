package io.vitrine.conversation;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Formats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes an answer from catalog facts only, in the comment's language: whether the variant asked about can be
 * bought (with the stock count only when the catalog has one), its price and link; a colour or size that does not
 * exist, with those that do; the closest variant in stock when the one asked about cannot be had.
 */
final class AnswerWriter {
    private final String language;

    AnswerWriter(String language) {
        this.language = AnswerPhrases.writtenIn(language);
    }

    String language() {
        return language;
    }

    /** Availability (with price and link) of the chosen variant, or of the alternative when it cannot be had. */
    String availability(VariantChooser.Choice choice, List<CatalogItem> variants, boolean yes) {
        List<String> sentences = new ArrayList<>();
        CatalogItem product = choice.chosen() != null ? choice.chosen() : variants.isEmpty() ? null : variants.get(0);
        if (!choice.colourOffered()) {
            sentences.add(missing("no_colour", "colours", choice.askedColour(), distinct(variants, CatalogItem::color), product));
        }
        if (!choice.sizeOffered()) {
            sentences.add(missing("no_size", "sizes", choice.askedSize(), distinct(variants, CatalogItem::size), product));
        }
        CatalogItem chosen = choice.chosen();
        CatalogItem alt = choice.alternative();
        if (chosen == null) {
            if (alt != null) {
                sentences.add(stock(alt, false));
            }
        } else if (VariantChooser.inStock(chosen)) {
            sentences.add(stock(chosen, yes));
        } else if (chosen.availability() == Availability.PREORDER || chosen.availability() == Availability.BACKORDER) {
            sentences.add(fill(chosen.availability() == Availability.PREORDER ? "preorder" : "backorder", chosen, true));
        } else if (alt != null) {
            String key = alt.stockQuantity() != null ? "sold_out_alt_n" : "sold_out_alt";
            // the count, price and link are the alternative's: that is what can be bought
            sentences.add(capitalise(AnswerPhrases.get(language, key).replace("{alt}", subject(alt)).replace("{n}", count(alt))
                    .replace("{price}", money(alt.currentPriceMicros(), alt)).replace("{link}", link(alt))
                    .replace("{subject}", subject(chosen))));
        } else {
            sentences.add(fill("sold_out", chosen, true));
        }
        return String.join(" ", sentences);
    }

    String price(CatalogItem item) {
        String old = item.onSale() ? AnswerPhrases.get(language, "old").replace("{old}", money(item.priceMicros(), item)) : "";
        return fill("price", item, true).replace("{old}", old);
    }

    /** "Here is the Lune Table Lamp in Sage, €71.20: link": what an automation replies by default. */
    String offer(CatalogItem item) {
        return fill("offer", item, true);
    }

    String delivery(CatalogItem item) {
        return item.link() == null ? "" : capitalise(AnswerPhrases.get(language, "delivery").replace("{link}", link(item)));
    }

    private String stock(CatalogItem item, boolean yes) {
        String sentence = fill(item.stockQuantity() != null ? "stock_n" : "stock", item, !yes);
        return yes ? AnswerPhrases.get(language, "yes") + sentence : sentence;
    }

    private String missing(String key, String listKey, String asked, List<String> offered, CatalogItem product) {
        String list = offered.isEmpty() ? "" : AnswerPhrases.get(language, listKey).replace("{list}", join(offered));
        String name = product == null ? "" : productName(product.title());
        String sentence = AnswerPhrases.get(language, key).replace("{asked}", asked).replace("{list}", list)
                .replace("{product}", language.equals("en") ? "the " + name : name);
        return capitalise(sentence);
    }

    /** The sentence {@code key} about {@code item}: its subject, stock count, price and link filled in. */
    private String fill(String key, CatalogItem item, boolean capital) {
        String sentence = AnswerPhrases.get(language, key).replace("{subject}", subject(item)).replace("{n}", count(item))
                .replace("{price}", money(item.currentPriceMicros(), item)).replace("{link}", link(item));
        return capital ? capitalise(sentence) : sentence;
    }

    /** "the Lune Table Lamp in Sage" (or in Sage, 42 cm), "the Linen Cushion" when it has no colour or size. */
    String subject(CatalogItem item) {
        String variant = variant(item);
        String key = variant == null ? "subject_plain" : "subject";
        return AnswerPhrases.get(language, key).replace("{product}", productName(item.title()))
                .replace("{variant}", variant == null ? "" : variant);
    }

    static String variant(CatalogItem item) {
        List<String> parts = new ArrayList<>();
        if (item.color() != null && !item.color().isBlank()) {
            parts.add(item.color());
        }
        if (item.size() != null && !item.size().isBlank()) {
            parts.add(item.size());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** "Lune Table Lamp – Sage" → "Lune Table Lamp": the product, without what names the variant. */
    static String productName(String title) {
        if (title == null) {
            return "";
        }
        for (String separator : List.of(" – ", " — ", " - ", ", ")) {
            int at = title.indexOf(separator);
            if (at > 0) {
                return title.substring(0, at);
            }
        }
        return title;
    }

    private String money(long micros, CatalogItem item) {
        return Formats.money(micros, item.currency(), AnswerPhrases.locale(language));
    }

    private String link(CatalogItem item) {
        return item.link() == null || item.link().isBlank() ? "." : AnswerPhrases.get(language, "link").replace("{url}", item.link());
    }

    private static String count(CatalogItem item) {
        return item.stockQuantity() == null ? "" : Formats.count(item.stockQuantity());
    }

    private String join(List<String> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + AnswerPhrases.get(language, "and")
                + values.get(values.size() - 1);
    }

    private static List<String> distinct(List<CatalogItem> variants, java.util.function.Function<CatalogItem, String> field) {
        Set<String> values = new LinkedHashSet<>();
        variants.stream().map(field).filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(values::add);
        return List.copyOf(values);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
