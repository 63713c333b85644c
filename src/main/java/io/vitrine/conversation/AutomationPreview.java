package io.vitrine.conversation;

import io.vitrine.platform.api.AutomationRule;
import java.util.List;

/**
 * Which existing comments a keyword rule would have matched: those of its own post or poll when it has comments,
 * else the workspace's latest ({@code scope} says which), with the keyword found in each.
 */
public record AutomationPreview(AutomationRule rule, String scope, int checked, List<Hit> hits) {
    /** A comment the rule matches and the keyword that matched it. */
    public record Hit(Comment comment, String keyword) {
    }

    public AutomationPreview {
        hits = List.copyOf(hits);
    }
}
