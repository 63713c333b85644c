package io.vitrine.brand;

import io.vitrine.platform.api.AutomationRule;
import java.util.List;

/**
 * The keyword automations of posts and polls, as the composer and the poll builder edit them: the rules, saved
 * (checked, a reply's text drafted when none is given) and previewed on the comments the workspace already has.
 * The conversations feature keeps them (it sits above posts and polls), so those screens use it through this.
 */
public interface KeywordAutomations {
    /** What a rule belongs to. */
    enum Owner { POST, POLL }

    List<AutomationRule> rules(Owner owner, long id);

    /** Replaces the rules; refuses (changing nothing) with every problem when one is wrong. Returns them as saved. */
    List<AutomationRule> save(Owner owner, long id, List<AutomationRule> rules);

    /** Which existing comments {@code rule} would have matched: the post's (poll's) own when it has some, else the latest. */
    Preview preview(AutomationRule rule, Owner owner, Long id);

    /** A preview: where it looked, how many comments it read, and the ones that match. */
    record Preview(String scope, int checked, List<Match> matches) {
        public Preview {
            matches = List.copyOf(matches);
        }
    }

    /** A comment the rule matches, who wrote it, and the keyword found. */
    record Match(String commentId, String author, String text, String keyword) {
    }
}
