package io.vitrine.catalog.similar;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.SearchQuery;
import io.vitrine.catalog.scan.PhotoFingerprint;
import io.vitrine.catalog.scan.PhotoLibrary;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Items like a given one, by a score anyone can check: the sum of these signals, each with its reason —
 * same product (another variant) 0.25, same product type 0.20, shared title words up to 0.25 (the share of
 * the item's words the other has), same brand 0.10, same colour 0.05, price within 25% up to 0.10 (nearer is
 * more), pictures that look alike up to 0.05 (where both were fingerprinted for the photo match). Items in
 * stock come first, then by score; removed items never appear.
 */
public final class SimilarItems {
    public static final int DEFAULT_LIMIT = 10;
    static final double PRICE_BAND = 0.25;
    private static final Set<String> FILLERS = Set.of("the", "and", "with", "for", "of", "in", "de", "la", "le", "les", "du",
            "des", "et", "en", "au", "aux");

    private final SimilarItemsRepository items;
    private final PhotoLibrary photos;

    public SimilarItems(Database database, PhotoLibrary photos) {
        this.items = new SimilarItemsRepository(database);
        this.photos = photos;
    }

    /** The items most like {@code itemId}, at most {@code limit}. */
    public List<SimilarItem> of(String itemId, int limit) {
        Candidate source = items.item(itemId).orElseThrow(() -> new VitrineException("There is no item " + itemId
                + " in this catalog.", "Check the id (catalog search finds items by words of their title)."));
        List<String> words = words(source.item().title());
        Optional<PhotoFingerprint> sourcePhoto = photos == null ? Optional.empty() : photos.fingerprint(source.item().imageLink());
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : items.candidates(source, words).values()) {
            Scored s = score(source, words, sourcePhoto, candidate);
            if (s.score > 0) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparing((Scored s) -> !s.candidate.item().availability().purchasable())
                .thenComparing(Comparator.comparingDouble((Scored s) -> s.score).reversed())
                .thenComparing(s -> s.candidate.item().id()));
        List<SimilarItem> result = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            s.reasons.add(s.candidate.item().availability().purchasable() ? "in stock" : "out of stock");
            result.add(new SimilarItem(s.candidate.item(), Math.round(s.score * 100) / 100.0, s.reasons));
        }
        return result;
    }

    private static final class Scored {
        final Candidate candidate;
        final List<String> reasons = new ArrayList<>();
        double score;

        Scored(Candidate candidate) {
            this.candidate = candidate;
        }

        void add(double points, String reason) {
            score += points;
            reasons.add(reason);
        }
    }

    private Scored score(Candidate source, List<String> words, Optional<PhotoFingerprint> sourcePhoto, Candidate other) {
        Scored s = new Scored(other);
        ItemSummary a = source.item();
        ItemSummary b = other.item();
        if (source.groupKey().equals(other.groupKey())) {
            s.add(0.25, "same product, another variant");
        }
        if (same(source.productType(), other.productType())) {
            s.add(0.20, "same type");
        }
        List<String> shared = new ArrayList<>(words);
        shared.retainAll(new LinkedHashSet<>(words(b.title())));
        if (!shared.isEmpty()) {
            s.add(0.25 * shared.size() / words.size(), "shared words: " + String.join(", ", shared));
        }
        if (same(a.brand(), b.brand())) {
            s.add(0.10, "same brand");
        }
        if (same(source.color(), other.color())) {
            s.add(0.05, "same colour");
        }
        if (a.currency().equals(b.currency()) && source.currentPriceMicros() > 0) {
            double gap = Math.abs(other.currentPriceMicros() - source.currentPriceMicros()) / (double) source.currentPriceMicros();
            if (gap <= PRICE_BAND) {
                s.add(0.10 * (1 - gap / PRICE_BAND / 2), "similar price");
            }
        }
        if (sourcePhoto.isPresent() && b.imageLink() != null) {
            photos.fingerprint(b.imageLink()).ifPresent(photo -> {
                double looks = sourcePhoto.get().looksLike(photo);
                if (looks >= 0.6) {
                    s.add(0.05 * looks, "looks alike");
                }
            });
        }
        return s;
    }

    /** The words of a title as the search index has them (lower case, accents folded), fillers left out, each once. */
    static List<String> words(String title) {
        Set<String> words = new LinkedHashSet<>();
        SearchQuery.parse(title == null ? "" : title.replace('\u2013', ' ')).ifPresent(query -> {
            for (String word : query.words()) {
                String folded = SearchQuery.fold(word);
                if (folded.length() >= 2 && !FILLERS.contains(folded)) {
                    words.add(folded);
                }
            }
        });
        return new ArrayList<>(words);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
