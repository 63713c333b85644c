package io.vitrine.conversation;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.CatalogService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts an answer to a comment from the catalog, and says what it matched: the product (the publication's items
 * first, then the catalog), what is asked (stock, colour, size, price, delivery), the variant. It never states a
 * stock the catalog does not have; a variant that cannot be bought brings the closest one in stock. The person
 * reads, edits and sends.
 */
public final class AnswerAssistant {
    private final QuestionReader reader = new QuestionReader();
    private final VariantChooser chooser = new VariantChooser();
    private final ProductFinder finder;
    private final CatalogService catalog;

    AnswerAssistant(ProductFinder finder, CatalogService catalog) {
        this.finder = finder;
        this.catalog = catalog;
    }

    public AnswerDraft draft(Comment comment) {
        QuestionReader.Reading reading = reader.read(comment.text(), comment.language());
        AnswerWriter writer = new AnswerWriter(reading.language());
        List<AnswerDraft.Match> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        reading.because().forEach((asked, word) -> matched.add(new AnswerDraft.Match("asked", asked.code(),
                "the word \"" + word + "\"")));
        if (!reading.question()) {
            missing.add("a question: this reads as a remark, so there is nothing to look up");
            return new AnswerDraft(null, writer.language(), reading.asked(), null, matched, missing);
        }
        Optional<ProductFinder.Found> found = finder.find(reading, comment.postId(), comment.pollId());
        if (found.isEmpty()) {
            missing.add("the product: nothing is tagged here and no catalog item matches the comment's words");
            return new AnswerDraft(null, writer.language(), reading.asked(), null, matched, missing);
        }
        CatalogItem shown = found.get().item();
        matched.add(new AnswerDraft.Match("product", AnswerWriter.productName(shown.title()), found.get().how()));
        List<CatalogItem> variants = catalog.productVariants(shown.id());
        VariantChooser.Choice choice = chooser.choose(shown, variants, reading);
        explain(choice, matched, missing);
        Set<Asked> asked = EnumSet.noneOf(Asked.class);
        asked.addAll(reading.asked());
        if (choice.askedColour() != null) {
            asked.add(Asked.COLOUR); // "in Sage?" asks about a colour without saying the word
        }
        if (choice.askedSize() != null) {
            asked.add(Asked.SIZE);
        }
        String text = compose(writer, asked, choice, variants, missing);
        CatalogItem chosen = choice.chosen();
        boolean orderable = chosen != null && (VariantChooser.inStock(chosen)
                || chosen.availability() == Availability.PREORDER || chosen.availability() == Availability.BACKORDER);
        CatalogItem about = orderable ? chosen : choice.alternative() != null ? choice.alternative() : chosen;
        return new AnswerDraft(text, writer.language(), asked, about == null ? null : about.id(), matched, missing);
    }

    /** What the assistant read, in a short form for the inbox's filters: a question? about which item? */
    InboxRepository.Classification classify(Comment comment) {
        QuestionReader.Reading reading = reader.read(comment.text(), comment.language());
        if (!reading.question()) {
            return new InboxRepository.Classification(false, null);
        }
        String item = finder.find(reading, comment.postId(), comment.pollId()).map(found -> {
            VariantChooser.Choice choice = chooser.choose(found.item(), catalog.productVariants(found.item().id()), reading);
            return choice.chosen() != null ? choice.chosen().id() : found.item().id(); // the variant asked about
        }).orElse(null);
        return new InboxRepository.Classification(true, item);
    }

    private static String compose(AnswerWriter writer, Set<Asked> asked, VariantChooser.Choice choice,
                                  List<CatalogItem> variants, List<String> missing) {
        List<String> parts = new ArrayList<>();
        boolean onlyPrice = asked.equals(Set.of(Asked.PRICE));
        boolean onlyDelivery = asked.equals(Set.of(Asked.DELIVERY));
        CatalogItem about = choice.chosen() != null ? choice.chosen() : choice.alternative();
        if (onlyPrice && about != null && choice.colourOffered() && choice.sizeOffered()) {
            parts.add(writer.price(about));
        } else if (!onlyDelivery) {
            parts.add(writer.availability(choice, variants, !asked.contains(Asked.PRICE) || asked.size() > 1));
        }
        if (asked.contains(Asked.DELIVERY)) {
            missing.add("delivery: the catalog has no delivery times or countries; add them yourself");
            if (about != null) {
                parts.add(writer.delivery(about));
            }
        }
        String text = String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList()).strip();
        return text.isEmpty() ? null : text;
    }

    private static void explain(VariantChooser.Choice choice, List<AnswerDraft.Match> matched, List<String> missing) {
        if (choice.askedColour() != null) {
            matched.add(new AnswerDraft.Match("colour", choice.askedColour(), choice.colourOffered() ? "a colour of this product"
                    : "named in the comment, but no variant has it"));
        }
        if (choice.askedSize() != null) {
            matched.add(new AnswerDraft.Match("size", choice.askedSize(), choice.sizeOffered() ? "a size of this product"
                    : "named in the comment, but no variant has it"));
        }
        CatalogItem chosen = choice.chosen();
        if (chosen != null) {
            matched.add(new AnswerDraft.Match("variant", chosen.id(), stockWords(chosen)));
            if (chosen.stockQuantity() == null && chosen.availability() == Availability.IN_STOCK) {
                missing.add("a stock count for " + chosen.id() + ": the catalog says in stock without a number");
            }
        }
        if (choice.alternative() != null) {
            matched.add(new AnswerDraft.Match("closest in stock", choice.alternative().id(), stockWords(choice.alternative())));
        } else if (chosen == null || !VariantChooser.inStock(chosen)) {
            missing.add("a variant in stock: none of this product's variants can be bought now");
        }
    }

    private static String stockWords(CatalogItem item) {
        String availability = item.availability().code().replace('_', ' ');
        return item.stockQuantity() == null ? availability : availability + ", " + item.stockQuantity() + " left";
    }

    /** Readings of many comments at once (the inbox reads new comments in batches). */
    Map<String, InboxRepository.Classification> classifyAll(List<Comment> comments) {
        Map<String, InboxRepository.Classification> out = new java.util.LinkedHashMap<>();
        for (Comment c : comments) {
            out.put(c.id(), classify(c));
        }
        return out;
    }
}
