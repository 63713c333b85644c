package io.vitrine.conversation;

import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.VitrineException;
import io.vitrine.insights.ConversationStats;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.platform.api.ReplyRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The inbox as the CLI and the Inbox screen use it: threads by filter, the assistant's draft, replies (checked
 * against the platform's rules before they are queued), done, assignee, the unanswered count and the figures.
 * New comments are read by the assistant (a question? about which item?) before they are listed.
 */
public final class ConversationService {
    private static final int CLASSIFY_BATCH = 500;

    private final InboxRepository inbox;
    private final ReplyRepository replies;
    private final StatsRepository stats;
    private final AnswerAssistant assistant;
    private final EventBus events;
    private final Clock clock;

    ConversationService(InboxRepository inbox, ReplyRepository replies, StatsRepository stats, AnswerAssistant assistant,
                        EventBus events, Clock clock) {
        this.inbox = inbox;
        this.replies = replies;
        this.stats = stats;
        this.assistant = assistant;
        this.events = events;
        this.clock = clock;
    }

    public List<CommentThread> threads(InboxFilter filter) {
        readNewComments();
        return inbox.threads(filter);
    }

    public long count(InboxFilter filter) {
        readNewComments();
        return inbox.count(filter);
    }

    public Optional<CommentThread> thread(String commentId) {
        readNewComments();
        return inbox.thread(commentId);
    }

    /** Questions nobody answered, marked done or is answering: the number in the navigation and the status bar. */
    public long unansweredCount() {
        readNewComments();
        return inbox.unansweredCount();
    }

    public AnswerDraft draft(String commentId) {
        return assistant.draft(target(require(commentId), commentId));
    }

    /**
     * Queues a reply to comment {@code commentId}; the next sync sends it. Refuses at once what the platform would
     * refuse: an empty or too long text, and for a private reply one to the brand's own comment, a second one, or
     * one more than 7 days after the comment.
     */
    public OutgoingReply reply(String commentId, String text, boolean isPrivate, boolean fromDraft) {
        CommentThread thread = require(commentId);
        Comment target = target(thread, commentId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new VitrineException("A reply needs some text.", "Write it (--text \"...\"), or start from the assistant's"
                    + " draft (--draft).");
        }
        if (body.length() > ReplyRequest.MAX_LENGTH) {
            throw new VitrineException("The reply is " + Formats.count(body.length()) + " characters long; the platform takes"
                    + " at most " + Formats.count(ReplyRequest.MAX_LENGTH) + ".", "Shorten it.");
        }
        if (isPrivate) {
            checkPrivate(thread, target);
        }
        OutgoingReply reply = replies.queue(commentId, target.brandId(), body, isPrivate, fromDraft, clock.instant());
        announce(true);
        return reply;
    }

    /** Queues a refused reply again (with a new idempotency key: the platform kept nothing of the refusal). */
    public OutgoingReply retry(long replyId) {
        OutgoingReply reply = replies.find(replyId).orElseThrow(() -> new VitrineException("There is no reply " + replyId + ".",
                "Check the id in the thread's replies."));
        if (reply.state() != ReplyState.FAILED) {
            throw new VitrineException("Reply " + replyId + " is " + reply.state().code() + ", not failed.",
                    "Only a reply the platform refused can be sent again.");
        }
        OutgoingReply again = replies.requeue(replyId);
        announce(true);
        return again;
    }

    public void markDone(String threadId) {
        inbox.markDone(require(threadId).first().id(), clock.instant());
        announce(false);
    }

    public void reopen(String threadId) {
        inbox.reopen(require(threadId).first().id());
        announce(false);
    }

    /** Assigns a thread to a person of the brand (by name); a blank name unassigns it. */
    public void assign(String threadId, String person) {
        String name = person == null || person.isBlank() ? null : person.strip();
        inbox.assign(require(threadId).first().id(), name);
        announce(false);
    }

    public List<String> assignees() {
        return inbox.assignees();
    }

    /** What the inbox's filters offer. */
    public InboxChoices choices() {
        readNewComments();
        return inbox.choices();
    }

    public ConversationStats stats(Long postId, Long pollId) {
        readNewComments();
        return stats.stats(postId, pollId, null, null, null);
    }

    /** The figures Insights shows for its filter: threads started in the period's days (in {@code zone}), one campaign. */
    public ConversationStats figures(InsightsFilter filter, ZoneId zone) {
        readNewComments();
        InsightsPeriod period = filter.period();
        return stats.stats(null, null, filter.campaignId(), period == null ? null : period.from().atStartOfDay(zone).toInstant(),
                period == null ? null : period.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Lets the assistant read comments it has not read yet, a batch at a time, each batch one transaction. */
    public void readNewComments() {
        for (List<Comment> batch = inbox.unclassified(CLASSIFY_BATCH); !batch.isEmpty();
             batch = inbox.unclassified(CLASSIFY_BATCH)) {
            inbox.classified(assistant.classifyAll(batch));
        }
    }

    private void checkPrivate(CommentThread thread, Comment target) {
        String remedy = "Answer publicly instead (leave out --private, or untick Private).";
        if (target.byBrand()) {
            throw new VitrineException("Comment " + target.id() + " is the brand's own reply; private replies go to someone"
                    + " in the audience.", remedy);
        }
        if (thread.privatelyAnswered(target.id())) {
            throw new VitrineException("Comment " + target.id() + " already has its private reply: the platform allows one"
                    + " per comment.", remedy);
        }
        Instant limit = target.occurredAt().plus(java.time.Duration.ofDays(7));
        if (clock.instant().isAfter(limit)) {
            throw new VitrineException("Comment " + target.id() + " was written on "
                    + target.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate() + ", more than 7 days ago: the platform takes"
                    + " private replies for 7 days only.", remedy);
        }
    }

    private CommentThread require(String commentId) {
        return inbox.thread(commentId).orElseThrow(() -> new VitrineException("There is no comment " + commentId
                + " in this workspace.", "List them with ./studio comments list -w FILE and use an id from there."));
    }

    private static Comment target(CommentThread thread, String commentId) {
        if (thread.first().id().equals(commentId)) {
            return thread.first();
        }
        return thread.replies().stream().filter(c -> c.id().equals(commentId)).findFirst().orElse(thread.first());
    }

    private void announce(boolean queued) {
        if (events != null) {
            events.publish(new ConversationsChanged(queued));
        }
    }
}
