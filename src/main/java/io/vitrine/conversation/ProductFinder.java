package io.vitrine.conversation;

import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.StoredItem;
import io.vitrine.poll.PollOption;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.PostService;
import io.vitrine.post.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the product a comment is about: among the items the post (or poll) shows first — the one it names, or the
 * only one, or the first — then, when it names something those are not, in the catalog. Says how it decided.
 */
final class ProductFinder {
    /** The product found: an item of it (the tagged variant, or the best search hit) and how it was found. */
    record Found(CatalogItem item, String how) {
    }

    private final CatalogService catalog;
    private final PostService posts;
    private final PollRepository polls;

    ProductFinder(CatalogService catalog, PostService posts, PollRepository polls) {
        this.catalog = catalog;
        this.posts = posts;
        this.polls = polls;
    }

    Optional<Found> find(QuestionReader.Reading reading, Long postId, Long pollId) {
        List<CatalogItem> shown = shown(postId, pollId);
        String where = postId != null ? "tagged on this post" : "an option of this poll";
        // words the shown products do not have, that all name one catalog product: the comment is about that one
        List<String> content = contentWords(reading.words(), shown);
        Optional<CatalogItem> searched = content.isEmpty() ? Optional.empty() : searchAll(content);
        if (searched.isPresent()) {
            return Optional.of(new Found(searched.get(), "found in the catalog by \"" + String.join(" ", content) + "\""));
        }
        Optional<CatalogItem> named = named(shown, reading.words());
        if (named.isPresent()) {
            return Optional.of(new Found(named.get(), "named in the comment, " + where));
        }
        long products = shown.stream().map(CatalogItem::groupKey).distinct().count();
        Optional<CatalogItem> byVariant = products > 1 ? byVariant(shown, reading.words()) : Optional.empty();
        if (byVariant.isPresent()) {
            return Optional.of(new Found(byVariant.get(), "the product " + where + " that comes in the colour or size named"));
        }
        if (products == 1) {
            return Optional.of(new Found(shown.get(0), "the product " + where));
        }
        if (products > 1) {
            return Optional.of(new Found(shown.get(0), "not named; " + products + " products are " + where
                    + ", so the first one"));
        }
        // nothing shown: the best partial match in the catalog, if any word names a product
        return searchAny(content).map(item -> new Found(item, "found in the catalog by \"" + String.join(" ", content) + "\""));
    }

    /** The catalog items a post tags or a poll offers, in order, each once; removed ones left out. */
    List<CatalogItem> shown(Long postId, Long pollId) {
        Set<String> ids = new LinkedHashSet<>();
        if (postId != null) {
            posts.find(postId).ifPresent(post -> post.tags().stream().map(Tag::itemId).forEach(ids::add));
        } else if (pollId != null) {
            polls.find(pollId).ifPresent(poll -> poll.options().stream().map(PollOption::itemId)
                    .filter(Objects::nonNull).forEach(ids::add));
        }
        List<CatalogItem> items = new ArrayList<>();
        for (String id : ids) {
            catalog.item(id).filter(stored -> !stored.removed()).map(StoredItem::item).ifPresent(items::add);
        }
        return items;
    }

    /** The shown item whose product name the comment uses most (at least one distinctive word). */
    private static Optional<CatalogItem> named(List<CatalogItem> shown, List<String> words) {
        CatalogItem best = null;
        int bestScore = 0;
        for (CatalogItem item : shown) {
            int score = 0;
            for (String word : Words.of(AnswerWriter.productName(item.title()))) {
                if (word.length() >= 3 && words.contains(word)) {
                    score += 2;
                }
            }
            if (item.color() != null && Words.containsPhrase(words, Words.of(item.color()))) {
                score += 1; // the colour helps choose among several products, but never names one alone
            }
            if (score > bestScore && score >= 2) {
                best = item;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Of several products shown, the only one with a variant in the colour or size the comment names. */
    private Optional<CatalogItem> byVariant(List<CatalogItem> shown, List<String> words) {
        List<CatalogItem> fitting = new ArrayList<>();
        for (CatalogItem item : shown) {
            if (fitting.stream().anyMatch(f -> f.groupKey().equals(item.groupKey()))) {
                continue;
            }
            boolean fits = catalog.productVariants(item.id()).stream().anyMatch(v ->
                    (v.color() != null && Words.containsPhrase(words, Words.of(v.color())))
                            || (v.size() != null && Words.compactSize(v.size()).length() > 1
                                && Words.compactSize(String.join(" ", words)).contains(Words.compactSize(v.size()))));
            if (fits) {
                fitting.add(item);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** Words that may name a product: not small words, not what is asked, not colours or sizes, not the shown products'. */
    private static List<String> contentWords(List<String> words, List<CatalogItem> shown) {
        Set<String> known = new LinkedHashSet<>();
        for (CatalogItem item : shown) {
            known.addAll(Words.of(item.title()));
        }
        List<String> content = new ArrayList<>();
        for (String word : words) {
            if (word.length() >= 3 && !known.contains(word) && !ignorable(word) && !content.contains(word)) {
                content.add(word);
            }
        }
        return content;
    }

    private static boolean ignorable(String word) {
        if (word.matches("\\d+[a-z]?|" + QuestionWords.SIZE_TOKEN) || QuestionWords.QUESTION_STARTS.contains(word)
                || QuestionWords.COMMON_COLOURS.contains(word) || QuestionWords.COLOURS.containsKey(word)) {
            return true;
        }
        for (List<String> markers : QuestionWords.MARKERS.values()) {
            if (markers.contains(word)) {
                return true;
            }
        }
        return QuestionWords.ASKED.values().stream().flatMap(List::stream).anyMatch(k -> Words.of(k).contains(word))
                || QuestionWords.FILLERS.contains(word);
    }

    /** The best item with all the words; never a removed one. */
    private Optional<CatalogItem> searchAll(List<String> content) {
        List<ItemSummary> all = catalog.searchRanked(String.join(" ", content), 1);
        return all.isEmpty() ? Optional.empty() : catalog.item(all.get(0).id()).map(StoredItem::item);
    }

    /** The item whose title has the most of the words (each word of four letters or more searched alone). */
    private Optional<CatalogItem> searchAny(List<String> content) {
        ItemSummary best = null;
        int bestScore = 0;
        for (String word : content) {
            if (word.length() < 4) {
                continue;
            }
            for (ItemSummary hit : catalog.searchRanked(word, 3)) {
                List<String> title = Words.of(hit.title());
                int score = (int) content.stream().filter(title::contains).count();
                if (score > bestScore) {
                    best = hit;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : catalog.item(best.id()).map(StoredItem::item);
    }
}
