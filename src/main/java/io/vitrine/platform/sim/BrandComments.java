package io.vitrine.platform.sim;

import io.vitrine.platform.api.Comment;
import io.vitrine.platform.api.CommentAuthor;
import io.vitrine.platform.api.CommentVisibility;
import io.vitrine.platform.api.ReplyRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a brand did in its conversations through the API: replies (public, or private: one per comment, within
 * {@link #PRIVATE_REPLY_WINDOW} of it, at most so many an hour) and hidden comments, with the platform's rules.
 * The caller holds the brand's monitor and passes the comment feed generated up to now.
 */
final class BrandComments {
    static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);

    private final int brandNumber;
    private final List<BrandReply> replies = new ArrayList<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private int lastReplySeq;

    BrandComments(int brandNumber) {
        this.brandNumber = brandNumber;
    }

    /** The list the comment feed reads the replies from (shared, so a restored state is seen). */
    List<BrandReply> replies() {
        return replies;
    }

    SimComment reply(Conversations feed, String commentId, ReplyRequest request, boolean isPrivate, Instant now,
                     int privateRepliesPerHour, double speed) {
        SimComment parent = feed.find(commentId).orElseThrow(() -> SimProblem.notFound("No comment " + commentId));
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() || text.length() > ReplyRequest.MAX_LENGTH) {
            throw SimProblem.unprocessable("A reply needs a text of 1 to " + ReplyRequest.MAX_LENGTH + " characters");
        }
        if (isPrivate) {
            checkPrivateReply(feed, parent, now, privateRepliesPerHour, speed);
        }
        SimComment reply = new SimComment("r_" + brandNumber + "_" + (++lastReplySeq), parent.postId(), parent.pollId(),
                parent.id(), CommentAuthor.BRAND, null, text, now, parent.language(),
                isPrivate ? CommentVisibility.PRIVATE : CommentVisibility.PUBLIC, null, null);
        replies.add(new BrandReply(reply, feed.size()));
        feed.catchUpReplies();
        return reply;
    }

    private void checkPrivateReply(Conversations feed, SimComment parent, Instant now, int perHour, double speed) {
        if (!parent.byAudience()) {
            throw SimProblem.unprocessable("Comment " + parent.id() + " is the brand's own reply: private replies answer"
                    + " someone in the audience");
        }
        if (feed.privatelyAnswered(parent.id())) {
            throw SimProblem.unprocessable("Comment " + parent.id() + " already has its private reply: a comment gets at"
                    + " most one. Answer publicly instead.");
        }
        if (now.isAfter(parent.occurredAt().plus(PRIVATE_REPLY_WINDOW))) {
            throw SimProblem.unprocessable("Comment " + parent.id() + " was written on " + parent.occurredAt()
                    + ", more than 7 days ago: private replies are possible for 7 days only. Answer publicly instead.");
        }
        Instant hourAgo = now.minus(Duration.ofHours(1));
        List<Instant> lastHour = replies.stream().map(BrandReply::comment)
                .filter(c -> c.isPrivate() && c.occurredAt().isAfter(hourAgo)).map(SimComment::occurredAt).sorted().toList();
        if (lastHour.size() >= perHour) {
            long simSeconds = Duration.between(now, lastHour.get(0).plus(Duration.ofHours(1))).toSeconds() + 1;
            long realSeconds = Math.max(1, (long) Math.ceil(simSeconds / speed));
            throw new SimProblem(429, "Too Many Requests", "At most " + perHour + " private replies an hour; try again later")
                    .withRetryAfter(realSeconds);
        }
    }

    SimComment hide(Conversations feed, String commentId) {
        SimComment comment = feed.find(commentId).orElseThrow(() -> SimProblem.notFound("No comment " + commentId));
        hidden.add(comment.id());
        return comment;
    }

    Comment served(Conversations feed, SimComment comment) {
        return comment.toComment(hidden.contains(comment.id()), feed.privatelyAnswered(comment.id()));
    }

    /** What the brand did by hand, for the truth. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("replies", replies.stream().filter(r -> !r.comment().isPrivate()).count());
        counts.put("private_replies", replies.stream().filter(r -> r.comment().isPrivate()).count());
        counts.put("hidden", (long) hidden.size());
        return counts;
    }

    State snapshot() {
        return new State(lastReplySeq, List.copyOf(replies), List.copyOf(hidden));
    }

    void restore(State saved) {
        if (saved == null) {
            return; // a state file from before conversations
        }
        lastReplySeq = saved.lastReplySeq();
        if (saved.replies() != null) {
            replies.addAll(saved.replies());
        }
        if (saved.hidden() != null) {
            hidden.addAll(saved.hidden());
        }
    }

    /** What the state file keeps. */
    record State(int lastReplySeq, List<BrandReply> replies, List<String> hidden) {
    }
}
