package io.vitrine.conversation;

import io.vitrine.brand.KeywordAutomations;
import io.vitrine.catalog.item.CatalogItem;
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
public final class AutomationService implements KeywordAutomations {
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

    @Override
    public List<AutomationRule> rules(Owner owner, long id) {
        return owner == Owner.POST ? ofPost(id) : ofPoll(id);
    }

    @Override
    public List<AutomationRule> save(Owner owner, long id, List<AutomationRule> rules) {
        return owner == Owner.POST ? saveForPost(id, rules) : saveForPoll(id, rules);
    }

    @Override
    public Preview preview(AutomationRule rule, Owner owner, Long id) {
        Long postId = owner == Owner.POST ? id : null;
        Long pollId = owner == Owner.POLL ? id : null;
        List<Comment> own = id == null ? List.of() : inbox.audienceComments(postId, pollId, PREVIEW_COMMENTS);
        boolean mine = !own.isEmpty();
        List<Comment> checked = mine ? own : inbox.audienceComments(null, null, PREVIEW_COMMENTS);
        List<Match> matches = new ArrayList<>();
        for (Comment comment : checked) {
            String keyword = rule.matchedKeyword(comment.text());
            if (keyword != null) {
                matches.add(new Match(comment.id(), comment.authorName(), comment.text(), keyword));
            }
        }
        String scope = mine ? (postId != null ? "this post's comments" : "this poll's comments")
                : "the latest comments of the workspace";
        return new Preview(scope, checked.size(), matches);
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
