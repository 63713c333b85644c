package io.vitrine.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person typed, as an FTS5 query: split into words the way the index splits text (letters and
 * digits), each word quoted (so nothing typed is FTS syntax) and matched as a prefix, all words
 * required. "Lumi lam" → {@code "lumi"* "lam"*}, which finds "Lampe Lumière".
 */
public final class SearchQuery {
    static final int MAX_WORDS = 8;
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private final List<String> words;

    private SearchQuery(List<String> words) {
        this.words = words;
    }

    /** Empty when the text has no letters or digits. */
    public static Optional<SearchQuery> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && words.size() < MAX_WORDS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0 && words.size() < MAX_WORDS) {
            words.add(word.toString());
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(words));
    }

    /** The MATCH expression: every word as a quoted prefix ("lumi lam" finds "Lumière lamp"). */
    public String match() {
        return expression(true, true);
    }

    /**
     * For type-ahead: the words already typed out (followed by a space) match whole words, the word being
     * typed matches as a prefix ("lune la" finds "Lune lamp"); whole-word matches are cheap to find at
     * any catalog size.
     */
    public String typeAheadMatch() {
        return expression(false, true);
    }

    /** As {@link #typeAheadMatch()}, with the word being typed cut to its first {@code letters} letters. */
    public String typeAheadMatch(int letters) {
        List<String> cut = new ArrayList<>(words);
        String last = cut.get(cut.size() - 1);
        cut.set(cut.size() - 1, last.substring(0, Math.min(letters, last.offsetByCodePoints(0, Math.min(letters, last.codePointCount(0, last.length()))))));
        return new SearchQuery(cut).typeAheadMatch();
    }

    /** Every word whole ("lune table"): the cheapest query, used first for long last words. */
    public String wholeWordsMatch() {
        return expression(false, false);
    }

    /** Length of the word being typed. */
    public int lastWordLength() {
        return words.get(words.size() - 1).length();
    }

    private String expression(boolean prefixAll, boolean prefixLast) {
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (match.length() > 0) {
                match.append(' ');
            }
            boolean prefix = i == words.size() - 1 ? prefixLast : prefixAll;
            match.append('"').append(words.get(i)).append(prefix ? "\"*" : "\"");
        }
        return match.toString();
    }

    public List<String> words() {
        return words;
    }

    /** Lower case without accents, to compare titles with what was typed the way the index does. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
