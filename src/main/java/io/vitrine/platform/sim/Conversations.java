package io.vitrine.platform.sim;

import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.CommentAuthor;
import io.vitrine.platform.api.CommentVisibility;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PlatformEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A brand's comment feed, built alongside its event log and, like it, a pure function of the publications,
 * the time and the replies the brand sent: audience comments in the order they happen, what automations
 * answer, the brand's own replies at the place they were made, and thank-yous. Someone who asks a question
 * waits {@link #WAIT}; answered by then, they buy far more often (the follow-up carts and purchases name the
 * question in {@code comment_id}), so the value of answering shows in the numbers.
 */
final class Conversations {
    static final Duration WAIT = Duration.ofMinutes(60);

    /** A question waiting for its answer until {@code deadline}. */
    private record Waiting(SimComment question, String itemId, long deadline) {
    }

    private final long seed;
    private final List<SimComment> comments = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Instant> firstAnswers = new HashMap<>();
    private final Set<String> privatelyAnswered = new HashSet<>();
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(
            Comparator.comparingLong(Waiting::deadline).thenComparing(w -> w.question().id()));
    private final Map<String, Long> counts = new TreeMap<>();
    private final List<BrandReply> replies;
    private int nextReply;

    Conversations(long seed, List<BrandReply> replies) {
        this.seed = seed;
        this.replies = replies;
    }

    /** An audience comment just happened ({@code event} carries its id): automations answer, questions wait. */
    void commented(SimPublication pub, PlatformEvent event, AudienceVoice.Said said, long minuteEnd,
                   Function<String, ItemPayload> items, UnaryOperator<PlatformEvent> emit) {
        SimComment comment = new SimComment(event.id(), event.postId(), event.pollId(), null, CommentAuthor.AUDIENCE,
                said.authorName(), said.text(), event.occurredAt(), said.language(), CommentVisibility.PUBLIC, null,
                event.segment());
        add(comment);
        if (said.question()) {
            count("questions");
            waiting.add(new Waiting(comment, said.itemId(), event.occurredAt().plus(WAIT).toEpochMilli()));
        }
        Instant answerAt = Instant.ofEpochMilli(Math.min(event.occurredAt().toEpochMilli() + 15_000, minuteEnd - 1));
        List<AutomationRule> rules = pub.automations();
        for (int i = 0; i < rules.size(); i++) {
            AutomationRule rule = rules.get(i);
            if (rule.matches(said.text())) {
                automate(pub, comment, rule, i, answerAt, items, emit);
            }
        }
    }

    private void automate(SimPublication pub, SimComment comment, AutomationRule rule, int index, Instant at,
                          Function<String, ItemPayload> items, UnaryOperator<PlatformEvent> emit) {
        if (rule.action() == AutomationAction.ADD_TO_CART) {
            String itemId = rule.itemId() != null ? rule.itemId() : pub.itemIds().stream().findFirst().orElse(null);
            if (itemId != null) {
                count("automation_carts");
                SplittableRandom rng = random(comment.id(), index);
                shop(comment, itemId, at, true, rng.nextDouble() < 0.4, items, emit);
            }
            return;
        }
        boolean isPrivate = rule.action() == AutomationAction.PRIVATE_REPLY;
        if (isPrivate && privatelyAnswered.contains(comment.id())) {
            return; // one private reply per comment, whichever rule or person sends it
        }
        count(isPrivate ? "automation_private_replies" : "automation_public_replies");
        add(new SimComment(comment.id() + "-a" + index, comment.postId(), comment.pollId(), comment.id(),
                CommentAuthor.BRAND, null, rule.text(), at, comment.language(),
                isPrivate ? CommentVisibility.PRIVATE : CommentVisibility.PUBLIC, index, null));
    }

    /** Minute {@code minute} is over: questions whose wait ended in it were answered in time, or not. */
    void minuteOver(long minute, Function<String, ItemPayload> items, UnaryOperator<PlatformEvent> emit) {
        long end = (minute + 1) * 60_000;
        while (!waiting.isEmpty() && waiting.peek().deadline() < end) {
            Waiting w = waiting.poll();
            Instant answered = firstAnswers.get(w.question().id());
            boolean inTime = answered != null && answered.toEpochMilli() <= w.deadline();
            SplittableRandom rng = random(w.question().id(), -1);
            Instant at = Instant.ofEpochMilli(Math.min(w.deadline() + rng.nextLong(30_000), end - 1));
            if (inTime) {
                count("answered_in_time");
            }
            shop(w.question(), w.itemId(), at, rng.nextDouble() < (inTime ? 0.5 : 0.15), rng.nextDouble() < (inTime ? 0.7 : 0.5),
                    items, emit);
            if (inTime && rng.nextDouble() < 0.3) {
                SimComment q = w.question();
                PlatformEvent thanks = emit.apply(new PlatformEvent(null, "comment", at, q.postId(), q.pollId(), null, null,
                        null, null, AudienceVoice.thanks(rng, q.language()), q.segment(), null));
                add(new SimComment(thanks.id(), q.postId(), q.pollId(), q.id(), CommentAuthor.AUDIENCE, q.authorName(),
                        thanks.text(), at, q.language(), CommentVisibility.PUBLIC, null, q.segment()));
            }
        }
    }

    /** An add-to-cart and maybe a purchase by the person who wrote {@code comment}, attributed to it. */
    private static void shop(SimComment comment, String itemId, Instant at, boolean cart, boolean buy,
                             Function<String, ItemPayload> items, UnaryOperator<PlatformEvent> emit) {
        if (!cart || itemId == null) {
            return;
        }
        emit.apply(new PlatformEvent(null, "add_to_cart", at, comment.postId(), comment.pollId(), null, itemId, null, null,
                null, comment.segment(), comment.id()));
        ItemPayload item = items.apply(itemId);
        if (buy && item != null && item.priceMicros() != null) {
            emit.apply(new PlatformEvent(null, "purchase", at, comment.postId(), comment.pollId(), null, itemId,
                    item.priceMicros(), item.currency() == null ? "EUR" : item.currency(), null, comment.segment(),
                    comment.id()));
        }
    }

    /** Puts the brand's replies sent through the API back where they were made (see {@link BrandReply}). */
    void catchUpReplies() {
        while (nextReply < replies.size() && replies.get(nextReply).position() <= comments.size()) {
            put(replies.get(nextReply++).comment());
        }
    }

    private void add(SimComment comment) {
        catchUpReplies();
        put(comment);
        catchUpReplies();
    }

    private void put(SimComment comment) {
        positions.put(comment.id(), comments.size());
        comments.add(comment);
        if (comment.parentId() != null && !comment.byAudience()) {
            firstAnswers.merge(comment.parentId(), comment.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
            if (comment.isPrivate()) {
                privatelyAnswered.add(comment.parentId());
            }
        }
    }

    int size() {
        return comments.size();
    }

    Optional<SimComment> find(String id) {
        Integer at = positions.get(id);
        return at == null ? Optional.empty() : Optional.of(comments.get(at));
    }

    boolean privatelyAnswered(String id) {
        return privatelyAnswered.contains(id);
    }

    List<SimComment> slice(int from, int limit) {
        int start = Math.min(from, comments.size());
        return List.copyOf(comments.subList(start, Math.min(comments.size(), start + limit)));
    }

    List<SimComment> of(String publicationId) {
        return comments.stream().filter(c -> publicationId.equals(c.publicationId())).toList();
    }

    /** Questions asked, answered in time, and what automations did, so far. */
    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    private void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    private SplittableRandom random(String commentId, int salt) {
        return new SplittableRandom(Audience.mix(seed, commentId.hashCode(), salt));
    }
}
