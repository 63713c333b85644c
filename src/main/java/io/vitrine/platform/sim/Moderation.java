package io.vitrine.platform.sim;

import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform's content review, simple and deterministic so tests and demos can provoke it: a post's
 * caption or a poll's question that names a prohibited claim is rejected, with a reason a person can act on.
 * Case and runs of spaces do not matter; nothing else is judged.
 */
final class Moderation {
    private record Rule(String term, String breach) {
    }

    private static final String HEALTH = "makes a prohibited health claim";
    private static final List<Rule> RULES = List.of(
            new Rule("miracle cure", HEALTH),
            new Rule("guaranteed weight loss", HEALTH),
            new Rule("counterfeit", "offers counterfeit goods"));

    private Moderation() {
    }

    /** Why this post (or, when {@code post} is null, this poll) may not go live; empty when it may. */
    static Optional<String> verdict(PostPayload post, PollPayload poll) {
        String field = post != null ? "caption" : "question";
        String text = post != null ? post.caption() : poll.question();
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return RULES.stream().filter(rule -> normalised.contains(rule.term())).findFirst()
                .map(rule -> "Rejected by moderation: the " + field + " " + rule.breach() + " ('" + rule.term() + "').");
    }
}
