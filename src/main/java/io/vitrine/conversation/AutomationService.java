package io.vitrine.conversation;

import io.vitrine.catalog.CatalogItem;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.AutomationRule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyword automations of posts and polls: read, checked and saved (the sync engine sends them with the publication),
 * and previewed against the comments the workspace already has.
 */
public final class AutomationService {
    static final int PREVIEW_COMMENTS = 2_000;

    private final AutomationRepository repository;
    private final AutomationRules rules;
    private final ProductFinder finder;
    private final InboxRepository inbox;
    private final Clock clock;

    AutomationService(AutomationRepository repository, AutomationRules rules, ProductFinder finder, InboxRepository inbox,
                      Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.finder = finder;
        this.inbox = inbox;
        this.clock = clock;
    }

    public List<AutomationRule> ofPost(long postId) {
        return repository.ofPost(postId);
    }

    public List<AutomationRule> ofPoll(long pollId) {
        return repository.ofPoll(pollId);
    }

    /** The rules completed and checked for a post (or poll) without saving: every problem, each naming its rule. */
    public List<AutomationRule> check(List<AutomationRule> wanted, Long postId, Long pollId, List<Problem> problems) {
        List<String> shown = finder.shown(postId, pollId).stream().map(CatalogItem::id).toList();
        return rules.complete(wanted, shown, problems);
    }

    /** Replaces a post's rules; refuses (and changes nothing) when one is wrong. Joins the caller's transaction. */
    public List<AutomationRule> saveForPost(long postId, List<AutomationRule> wanted) {
        List<AutomationRule> done = checked(wanted, postId, null);
        repository.replaceForPost(postId, done, clock.instant().toString());
        return done;
    }

    public List<AutomationRule> saveForPoll(long pollId, List<AutomationRule> wanted) {
        List<AutomationRule> done = checked(wanted, null, pollId);
        repository.replaceForPoll(pollId, done, clock.instant().toString());
        return done;
    }

    /** Which comments {@code rule} would have matched: of the post or poll when it has some, else the latest anywhere. */
    public AutomationPreview preview(AutomationRule rule, Long postId, Long pollId) {
        List<Comment> own = postId == null && pollId == null ? List.of() : inbox.audienceComments(postId, pollId, PREVIEW_COMMENTS);
        boolean mine = !own.isEmpty();
        List<Comment> checked = mine ? own : inbox.audienceComments(null, null, PREVIEW_COMMENTS);
        List<AutomationPreview.Hit> hits = new ArrayList<>();
        for (Comment comment : checked) {
            String keyword = rule.matchedKeyword(comment.text());
            if (keyword != null) {
                hits.add(new AutomationPreview.Hit(comment, keyword));
            }
        }
        String scope = mine ? (postId != null ? "this post's comments" : "this poll's comments")
                : "the latest comments of the workspace";
        return new AutomationPreview(rule, scope, checked.size(), hits);
    }

    private List<AutomationRule> checked(List<AutomationRule> wanted, Long postId, Long pollId) {
        List<Problem> problems = new ArrayList<>();
        List<AutomationRule> done = check(wanted, postId, pollId, problems);
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::message).toList();
        if (!errors.isEmpty()) {
            throw new VitrineException("The automations were not saved: " + String.join(" ", errors),
                    "Fix them and try again; the format is " + AutomationRules.FORMAT + ".");
        }
        return done;
    }
}
