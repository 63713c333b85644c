package io.vitrine.conversation;

import java.util.List;
import java.util.Set;

/**
 * What the answer assistant proposes for a comment: the reply's text (null when it found nothing to say), in the
 * comment's language, with what it matched (each with why) and what it could not find, so the person can check
 * before sending. {@code itemId} is the variant the answer is about (or its closest in-stock alternative).
 */
public record AnswerDraft(String text, String language, Set<Asked> asked, String itemId, List<Match> matched,
                          List<String> missing) {

    /** One thing the assistant recognised: what ("product", "asked", "colour", "variant", ...), its value, and why. */
    public record Match(String what, String value, String why) {
    }

    public AnswerDraft {
        asked = Set.copyOf(asked);
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
