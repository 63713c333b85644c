package io.vitrine.sync;

import io.vitrine.conversation.Comment;
import io.vitrine.conversation.ReplyRepository;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a brand's replies from the outbox, in the style of {@link OutboxPusher}: the send is marked as begun
 * (committed) before the request leaves, under the key the reply got when it was written, and the outcome — sent,
 * with the platform's comment stored in the thread, or refused, with why — is one transaction with the entry's
 * removal. Killed at any moment, the next round resends under the same key and the platform answers with the reply
 * it already made: nothing is sent twice, nothing is lost.
 */
final class ReplyPusher {
    private final Database database;
    private final ReplyOutboxRepository outbox;
    private final OutboxRepository entries;
    private final ReplyRepository replies;
    private final CommentMapper mapper;
    private final RetryPolicy retry;
    private final Clock clock;

    ReplyPusher(Database database, ReplyOutboxRepository outbox, OutboxRepository entries, ReplyRepository replies,
                CommentMapper mapper, RetryPolicy retry, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.entries = entries;
        this.replies = replies;
        this.mapper = mapper;
        this.retry = retry;
        this.clock = clock;
    }

    /** Like {@link OutboxPusher#push}: stops the round when the platform's answer means nothing more should be asked now. */
    OutboxPusher.Result push(PlatformClient client, long brandId) {
        outbox.enter(replies.queued(brandId), clock.instant());
        int sent = 0;
        List<String> errors = new ArrayList<>();
        for (ReplyOutboxRepository.Entry entry : outbox.due(brandId, clock.instant())) {
            try {
                send(client, brandId, entry);
                sent++;
            } catch (PlatformException e) {
                if (e.stopsRound()) { // not this reply's fault (a certificate, an hourly limit): the replies wait
                    if (e.retryable()) {
                        entries.defer(entry.id(), clock.instant().plus(retry.delay(entry.attempts(), e.retryAfter())),
                                e.getMessage());
                    }
                    errors.add("reply " + entry.replyId() + ": " + e.getMessage());
                    return new OutboxPusher.Result(new SyncReport(0, 0, 0, 0, errors, sent, 0), true);
                }
                errors.add("reply " + entry.replyId() + ": " + e.getMessage());
                if (e.retryable()) {
                    Duration wait = retry.delay(entry.attempts(), e.retryAfter());
                    entries.defer(entry.id(), clock.instant().plus(wait), e.getMessage());
                    if (e.status() == 0) {
                        break; // no network: the rest would fail the same way
                    }
                } else {
                    database.write(sql -> {
                        replies.failed(sql, entry.replyId(), e.getMessage());
                        outbox.remove(sql, entry.id());
                        return null;
                    });
                }
            }
        }
        return new OutboxPusher.Result(new SyncReport(0, 0, 0, 0, errors, sent, 0), false);
    }

    private void send(PlatformClient client, long brandId, ReplyOutboxRepository.Entry entry) {
        entries.beginAttempt(entry.id());
        ReplyOutboxRepository.Body body = entry.body();
        io.vitrine.platform.api.Comment remote = client.reply(body.commentId(), entry.idempotencyKey(), body.text(),
                body.isPrivate());
        database.write(sql -> {
            Comment reply = mapper.local(sql, brandId, remote);
            replies.sent(sql, entry.replyId(), reply, clock.instant());
            outbox.remove(sql, entry.id());
            return null;
        });
    }
}
