package io.vitrine.catalog;

import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalog as other features see it: look up an item, search for items (type-ahead and ranked, on
 * the FTS5 index), list a variant group.
 */
public final class CatalogService {
    /** Type-ahead looks at this many matches (in index order, which is fast at any catalog size) and orders them. */
    static final int TYPE_AHEAD_CANDIDATES = 40;
    /** Rows of a 4-letter prefix checked for a longer word being typed. */
    static final int CHECKED_CANDIDATES = 64;
    /** The index keeps word prefixes of 1 to this many letters (catalog_search's prefix option). */
    static final int PREFIX_INDEX_MAX = 4;
    /**
     * Ranked search scores at most this many matches (the first in index order): enough to rank any
     * specific query fully, and it keeps a one-word query that matches 100,000 items fast. Broader
     * queries rank within these; another word narrows them.
     */
    static final int RANKED_CANDIDATES = 1_000;

    private final Database database;
    private final CatalogItemRepository items = new CatalogItemRepository();

    public CatalogService(Database database) {
        this.database = database;
    }

    public Optional<ItemSummary> find(String id) {
        return database.read(sql -> items.find(sql, id));
    }

    /** The item with every field, removed or not. */
    public Optional<StoredItem> item(String id) {
        return database.read(sql -> items.item(sql, id));
    }

    /**
     * Type-ahead: items whose title, brand, id, colour or type has words starting with each word typed
     * (accents ignored), never removed items. An exact id comes first, then titles that start with
     * what was typed, then the rest by title. Fast at any catalog size.
     */
    public List<ItemSummary> search(String query, int limit) {
        Optional<SearchQuery> parsed = SearchQuery.parse(query);
        if (parsed.isEmpty()) {
            return List.of();
        }
        String typed = query.strip();
        List<ItemSummary> found = typeAheadCandidates(parsed.get());
        String folded = SearchQuery.fold(typed);
        List<Ranked> ranked = new ArrayList<>(found.size());
        for (ItemSummary item : found) {
            String title = SearchQuery.fold(item.title());
            ranked.add(new Ranked(item, relevance(item, title, typed, folded), title));
        }
        ranked.sort(Comparator.comparingInt(Ranked::relevance).thenComparing(Ranked::foldedTitle)
                .thenComparing(r -> r.item().id()));
        List<ItemSummary> ordered = new ArrayList<>(Math.min(limit + 1, ranked.size() + 1));
        for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            ordered.add(r.item());
        }
        if (typed.indexOf(' ') < 0 && ordered.stream().noneMatch(item -> item.id().equals(typed))) {
            find(typed).filter(item -> !item.removed()).ifPresent(exact -> ordered.add(0, exact));
        }
        return List.copyOf(ordered.subList(0, Math.min(limit, ordered.size())));
    }

    /**
     * Items matching what was typed, in index order, found the cheap way first. The index keeps every
     * 1- to 4-letter word prefix, so a last word that short is one index lookup. A longer last word is
     * tried whole ("table"), then through its 4-letter prefix with the rest checked on the rows found
     * ("maiso" → "mais"* → keep words starting with "maiso"); only if both find too little does FTS5
     * expand the prefix over every matching word, which is exact but costs more on huge catalogs.
     */
    private List<ItemSummary> typeAheadCandidates(SearchQuery query) {
        return database.read(sql -> {
            if (query.lastWordLength() > PREFIX_INDEX_MAX) {
                List<ItemSummary> whole = items.matching(sql, query.wholeWordsMatch(), TYPE_AHEAD_CANDIDATES);
                if (whole.size() >= TYPE_AHEAD_CANDIDATES / 2) {
                    return whole;
                }
                String folded = SearchQuery.fold(query.words().get(query.words().size() - 1));
                List<CatalogItemRepository.Candidate> seen = items.candidates(sql, query.typeAheadMatch(PREFIX_INDEX_MAX),
                        CHECKED_CANDIDATES);
                List<ItemSummary> checked = new ArrayList<>();
                for (CatalogItemRepository.Candidate c : seen) {
                    if (hasWordStartingWith(folded, c.item().title(), c.item().brand(), c.item().id(), c.color(), c.productType())) {
                        checked.add(c.item());
                    }
                }
                // fewer rows than asked for: those were all the 4-letter matches, so nothing was missed
                if (seen.size() < CHECKED_CANDIDATES || checked.size() >= TYPE_AHEAD_CANDIDATES / 4) {
                    return checked;
                }
            }
            return items.matching(sql, query.typeAheadMatch(), TYPE_AHEAD_CANDIDATES);
        });
    }

    static boolean hasWordStartingWith(String foldedPrefix, String... fields) {
        for (String field : fields) {
            if (field == null) {
                continue;
            }
            String text = SearchQuery.fold(field);
            for (int at = text.indexOf(foldedPrefix); at >= 0; at = text.indexOf(foldedPrefix, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A type-ahead candidate with its sort keys computed once. */
    private record Ranked(ItemSummary item, int relevance, String foldedTitle) {
    }

    private static int relevance(ItemSummary item, String title, String typed, String folded) {
        if (item.id().equals(typed)) {
            return 0;
        }
        if (title.startsWith(folded)) {
            return 1;
        }
        return title.contains(" " + folded) ? 2 : 3;
    }

    /**
     * Ranked search (the CLI's "catalog search"): best matches first by BM25 over title, brand, id, colour
     * and type, never removed items. Items with the words as typed; when no item has them, items with
     * words that start with them.
     */
    public List<ItemSummary> searchRanked(String query, int limit) {
        Optional<SearchQuery> parsed = SearchQuery.parse(query);
        if (parsed.isEmpty()) {
            return List.of();
        }
        // The words as typed (cheap at any size); only when nothing has them, words that start with them ("lumi")
        List<ItemSummary> whole = ranked(parsed.get().wholeWordsMatch(), limit);
        return whole.isEmpty() ? ranked(parsed.get().match(), limit) : whole;
    }

    /** Scores the first matches, keeps the best few, and only then reads their rows (skipping removed ones). */
    private List<ItemSummary> ranked(String match, int limit) {
        return database.read(sql -> items.ranked(sql, match, RANKED_CANDIDATES, limit * 4 + 20, limit));
    }

    /** The other variants (colours, sizes) of an item's group, for "retag to another variant". */
    public List<ItemSummary> variantsOf(String itemGroupId) {
        return database.read(sql -> items.variantsOf(sql, itemGroupId));
    }

    /** The currency most of the catalog is priced in (from a sample, so it stays instant on big catalogs). */
    public Optional<String> usualCurrency() {
        return database.read(items::usualCurrency);
    }

    /** Number of items in the catalog (removed ones excluded). */
    public long itemCount() {
        return database.read(items::itemCount);
    }
}
