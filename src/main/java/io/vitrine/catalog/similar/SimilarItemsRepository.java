package io.vitrine.catalog.similar;

import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Candidate items for "similar items", each set one index lookup at any catalog size: the item's variant
 * group, items sharing its rarer title words (FTS5, best bm25 first), and items of its product type nearest
 * in price. Never removed items.
 */
final class SimilarItemsRepository {
    static final int PER_SOURCE = 60;
    /** A word in more items than this says little about likeness (and ranking all of them would be slow). */
    static final long COMMON_WORD = 2_000;
    private static final int RARE_WORDS = 3;

    private final Database database;

    SimilarItemsRepository(Database database) {
        this.database = database;
    }

    Optional<Candidate> item(String id) {
        return database.read(sql -> sql.one("SELECT " + Candidate.COLUMNS + " FROM catalog_item WHERE id = ?", Candidate::map, id));
    }

    /** The candidates, each once, keyed by item id. */
    Map<String, Candidate> candidates(Candidate source, List<String> words) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        database.read(sql -> {
            for (Candidate c : sql.list("SELECT " + Candidate.COLUMNS + " FROM catalog_item WHERE group_key = ? AND removed = 0"
                    + " LIMIT ?", Candidate::map, source.groupKey(), PER_SOURCE)) {
                found.putIfAbsent(c.item().id(), c);
            }
            String match = rareWordsMatch(sql, words);
            if (match != null) {
                for (Candidate c : sql.list("SELECT " + Candidate.COLUMNS + " FROM catalog_item WHERE item_no IN"
                        + " (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? ORDER BY rank LIMIT ?)"
                        + " AND removed = 0", Candidate::map, match, PER_SOURCE * 2)) {
                    found.putIfAbsent(c.item().id(), c);
                }
            }
            if (source.productType() != null) {
                String type = "SELECT " + Candidate.COLUMNS + " FROM catalog_item WHERE product_type = ? AND removed = 0";
                for (Candidate c : sql.list(type + " AND price_micros >= ? ORDER BY price_micros LIMIT ?", Candidate::map,
                        source.productType(), source.item().priceMicros(), PER_SOURCE / 2)) {
                    found.putIfAbsent(c.item().id(), c);
                }
                for (Candidate c : sql.list(type + " AND price_micros < ? ORDER BY price_micros DESC LIMIT ?", Candidate::map,
                        source.productType(), source.item().priceMicros(), PER_SOURCE / 2)) {
                    found.putIfAbsent(c.item().id(), c);
                }
            }
            return null;
        });
        found.remove(source.item().id());
        return found;
    }

    /**
     * An FTS5 query for the title column: the item's words that other items have too but fewer than
     * {@value #COMMON_WORD}, the rarest {@value #RARE_WORDS}, any of them. Null when there is none. A word's
     * items are counted up to that bound only, so a word in half the catalog costs no more than a rare one.
     */
    private static String rareWordsMatch(io.vitrine.workspace.Sql sql, List<String> words) throws java.sql.SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String word : words) {
            long items = sql.scalar("SELECT count(*) FROM (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?"
                    + " LIMIT ?)", "title : \"" + word + "\"", COMMON_WORD);
            if (items > 1 && items < COMMON_WORD) {
                counts.put(word, items);
            }
        }
        List<String> rare = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(RARE_WORDS)
                .forEach(e -> rare.add('"' + e.getKey() + '"'));
        return rare.isEmpty() ? null : "title : (" + String.join(" OR ", rare) + ")";
    }
}
