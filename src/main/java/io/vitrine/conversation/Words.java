package io.vitrine.conversation;

import io.vitrine.catalog.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/** The words of a text the way the assistant compares them: lower case, accents folded, letters and digits only. */
final class Words {
    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        String folded = SearchQuery.fold(text).replace("ß", "ss");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** True when {@code phrase}'s words appear in {@code words}, one after the other. */
    static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** "140 × 200 cm", "140x200cm" → "140200cm": a size's letters and digits, as they run together in {@link #of}'s words. */
    static String compactSize(String size) {
        return String.join("", of(size.replaceAll("(?<=\\d)\\s*[xX]\\s*(?=\\d)", " ")));
    }
}
