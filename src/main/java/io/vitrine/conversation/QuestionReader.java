package io.vitrine.conversation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a comment the way a person skimming the inbox would: which language, whether it asks something, and what
 * about (stock, colour, size, price, delivery). Rule-based: every decision comes from a word it can name.
 */
final class QuestionReader {
    private static final Pattern SIZE_ASKED = Pattern.compile("\\b(in|en|im|auf|de|taglia|talla|size|taille|grosse)\\s+"
            + QuestionWords.SIZE_TOKEN + "\\s*\\??\\s*$");

    /** What was read: the language, whether it is a question, what it asks and which words gave that away. */
    record Reading(String language, boolean question, Set<Asked> asked, Map<Asked, String> because, List<String> words) {
    }

    Reading read(String text, String language) {
        List<String> words = Words.of(text);
        Map<Asked, String> because = new java.util.EnumMap<>(Asked.class);
        for (Map.Entry<Asked, List<String>> entry : QuestionWords.ASKED.entrySet()) {
            for (String phrase : entry.getValue()) {
                if (Words.containsPhrase(words, Words.of(phrase))) {
                    because.putIfAbsent(entry.getKey(), phrase);
                }
            }
        }
        String compact = String.join(" ", words);
        if (!because.containsKey(Asked.SIZE) && SIZE_ASKED.matcher(compact).find()) {
            because.put(Asked.SIZE, "a size (\"" + compact.replaceAll(".*\\s(\\S+)$", "$1") + "\")");
        }
        // colour and size words alone do not ask ("gorgeous colour", "true to size"); a price or stock word does ("Price")
        boolean asks = because.containsKey(Asked.PRICE) || because.containsKey(Asked.STOCK) || because.containsKey(Asked.DELIVERY);
        boolean question = text != null && (text.contains("?") || text.contains("？")) || asks || startsLikeAQuestion(text, words);
        Set<Asked> asked = because.isEmpty() ? EnumSet.noneOf(Asked.class) : EnumSet.copyOf(because.keySet());
        return new Reading(language != null && QuestionWords.LANGUAGES.contains(language) ? language : guessLanguage(words),
                question, asked, because, words);
    }

    /** "do you ship to belgium" asks without a '?'; "can't wait!" and "Is it me or..." statements do not. */
    private static boolean startsLikeAQuestion(String text, List<String> words) {
        if (words.size() < 3 || !QuestionWords.QUESTION_STARTS.contains(words.get(0)) || words.get(1).equals("t")) {
            return false;
        }
        String end = text.strip();
        return !end.endsWith("!") && !end.endsWith(".");
    }

    /** The language whose small words the comment uses most; English when nothing tells. */
    static String guessLanguage(List<String> words) {
        String best = "en";
        int bestHits = 0;
        for (String language : QuestionWords.LANGUAGES) {
            List<String> markers = QuestionWords.MARKERS.get(language);
            int hits = (int) words.stream().filter(markers::contains).count();
            if (hits > bestHits) {
                best = language;
                bestHits = hits;
            }
        }
        return best;
    }
}
