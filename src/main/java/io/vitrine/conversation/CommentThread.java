package io.vitrine.conversation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A thread of the inbox: its first comment with the inbox's state (a question? about which item? first answered
 * when? done? whose?), where it was written ({@code publication}: the post's caption or the poll's question), the
 * replies the platform has, oldest first, and the replies written here.
 */
public record CommentThread(Comment first, boolean question, String itemId, Instant answeredAt, Instant doneAt,
                            String assignee, String publication, List<Comment> replies, List<OutgoingReply> outgoing) {

    public CommentThread {
        replies = List.copyOf(replies);
        outgoing = List.copyOf(outgoing);
    }

    public ThreadStatus status() {
        if (doneAt != null) {
            return ThreadStatus.DONE;
        }
        Optional<OutgoingReply> last = outgoing.stream().max(Comparator.comparing(OutgoingReply::createdAt)
                .thenComparingLong(OutgoingReply::id));
        if (last.isPresent() && last.get().state() == ReplyState.QUEUED) {
            return ThreadStatus.SENDING;
        }
        if (last.isPresent() && last.get().state() == ReplyState.FAILED) {
            return ThreadStatus.FAILED;
        }
        if (answeredAt != null) {
            return ThreadStatus.ANSWERED;
        }
        return question ? ThreadStatus.UNANSWERED : ThreadStatus.OPEN;
    }

    /** True when a private reply exists or is on its way (the platform allows one per comment). */
    public boolean privatelyAnswered(String commentId) {
        return replies.stream().anyMatch(r -> r.isPrivate() && commentId.equals(r.parentId()))
                || outgoing.stream().anyMatch(r -> r.isPrivate() && r.state() != ReplyState.FAILED
                        && commentId.equals(r.commentId()));
    }

    public CommentThread withReplies(List<Comment> newReplies, List<OutgoingReply> newOutgoing) {
        return new CommentThread(first, question, itemId, answeredAt, doneAt, assignee, publication, newReplies, newOutgoing);
    }
}
