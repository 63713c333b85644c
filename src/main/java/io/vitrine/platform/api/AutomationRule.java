package io.vitrine.platform.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A keyword rule a post or poll carries: when an audience comment contains one of {@code keywords}, the
 * platform does {@code action} ({@code text} is the reply; {@code itemId} the item to put in the cart, or the
 * first tagged item when absent). Matching is the contract's, so the studio can preview it exactly: a keyword
 * matches whole words of the comment, ignoring case, accents and a leading '#' ("#Cart" matches "cart please").
 */
public record AutomationRule(List<String> keywords, AutomationAction action, String text, String itemId) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public AutomationRule {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** True when the comment contains one of the keywords as whole words. */
    public boolean matches(String comment) {
        List<String> words = words(comment);
        for (String keyword : keywords) {
            List<String> wanted = words(keyword);
            if (!wanted.isEmpty() && containsRun(words, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The keyword found in the comment, or null: what a preview shows next to a matched comment. */
    public String matchedKeyword(String comment) {
        List<String> words = words(comment);
        for (String keyword : keywords) {
            List<String> wanted = words(keyword);
            if (!wanted.isEmpty() && containsRun(words, wanted)) {
                return keyword;
            }
        }
        return null;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        for (int start = 0; start + run.size() <= words.size(); start++) {
            if (words.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words without accents; '#' and other punctuation separate words and are dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
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
}
