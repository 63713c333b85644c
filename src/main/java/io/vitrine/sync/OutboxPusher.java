package io.vitrine.sync;

import io.vitrine.common.Json;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationStatus;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a brand's due outbox entries. Each entry is marked as begun (committed) before its request
 * leaves, and its outcome is written in one transaction with its removal, so a crash at any point
 * leaves either the entry (resent under the same idempotency key) or its result — never both, never
 * neither. Network trouble stops the pushing, an unverifiable certificate the whole round; a refusal
 * concerns only that post or poll: a refused create fails it, a refused change leaves the platform's
 * version (and the local status) as they were, with the reason.
 */
final class OutboxPusher {
    private static final String CONFLICT_MESSAGE = "Changed on the platform since your last sync: choose which version to keep on the Sync screen.";

    private static final String GONE_MESSAGE = "No longer on the platform (removed there): changes are not sent.";

    private final Database database;
    private final OutboxRepository outbox;
    private final SyncStateRepository state;
    private final PublicationRepository records;
    private final AssetUploader assets;
    private final RetryPolicy retry;
    private final Clock clock;

    OutboxPusher(Database database, OutboxRepository outbox, SyncStateRepository state, PublicationRepository records,
                 AssetUploader assets, RetryPolicy retry, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.state = state;
        this.records = records;
        this.assets = assets;
        this.retry = retry;
        this.clock = clock;
    }

    /** What the push did; {@code roundStopped} when the platform's answer means nothing more should be asked of it now. */
    record Result(SyncReport report, boolean roundStopped) {
    }

    Result push(PlatformClient client, long brandId) {
        int pushed = 0;
        int conflicts = 0;
        List<String> errors = new ArrayList<>();
        for (OutboxEntry entry : outbox.due(brandId, clock.instant())) {
            try {
                Optional<Publication> sent = sendOrRecordConflict(client, entry);
                if (sent.isEmpty()) {
                    conflicts++;
                } else if (sent.get().status() == PublicationStatus.REJECTED) {
                    // taken, then turned down (moderation): a refusal like any other, listed with its reason
                    errors.add(Subjects.code(entry.kind()) + " " + entry.subjectId() + ": " + sent.get().error());
                } else {
                    pushed++;
                }
            } catch (PlatformException e) {
                if (e.stopsRound()) { // not this post's fault: the whole round stops, the entries wait
                    if (e.retryable()) {
                        outbox.defer(entry.id(), clock.instant().plus(retry.delay(entry.attempts(), e.retryAfter())),
                                e.getMessage());
                    }
                    errors.add(e.getMessage());
                    return new Result(new SyncReport(pushed, 0, 0, conflicts, errors), true);
                }
                if (e.retryable()) {
                    Duration wait = retry.delay(entry.attempts(), e.retryAfter());
                    outbox.defer(entry.id(), clock.instant().plus(wait), e.getMessage());
                    errors.add(describe(entry, e));
                    if (e.status() == 0) {
                        break; // no network: the rest would fail the same way
                    }
                } else if (e.status() == 404 && entry.operation() == OutboxEntry.Operation.UPDATE) {
                    gone(entry);
                    errors.add(describe(entry, e));
                } else {
                    refuse(entry, e);
                    errors.add(describe(entry, e));
                }
            }
        }
        return new Result(new SyncReport(pushed, 0, 0, conflicts, errors), false);
    }

    /** The platform's answer to the change; empty when it holds a newer version (recorded as a conflict). */
    private Optional<Publication> sendOrRecordConflict(PlatformClient client, OutboxEntry entry) {
        try {
            return Optional.of(send(client, entry));
        } catch (PlatformException e) {
            if (!e.conflict()) {
                throw e;
            }
            recordConflict(client, entry);
            return Optional.empty();
        }
    }

    private Publication send(PlatformClient client, OutboxEntry entry) {
        assets.upload(client, entry.brandId(), entry.kind(), entry.body());
        outbox.beginAttempt(entry.id());
        Publication remote;
        if (entry.operation() == OutboxEntry.Operation.CREATE) {
            remote = entry.kind() == PublicationKind.POST
                    ? client.createPost(entry.idempotencyKey(), Json.read(entry.body(), PostPayload.class))
                    : client.createPoll(entry.idempotencyKey(), Json.read(entry.body(), PollPayload.class));
        } else {
            PlatformVersion version = platformVersion(entry);
            Class<?> type = entry.kind() == PublicationKind.POST ? PostPayload.class : PollPayload.class;
            Object payload = Json.read(entry.body(), type);
            remote = client.update(entry.kind(), version.platformId(), version.ifMatch(), entry.idempotencyKey(), payload);
        }
        database.write(sql -> {
            records.accepted(sql, entry.kind(), entry.subjectId(), remote);
            outbox.markPushed(sql, entry.kind(), entry.subjectId(), entry.bodyHash(), clock.instant());
            outbox.remove(sql, entry.id());
            return null;
        });
        return remote;
    }

    private PlatformVersion platformVersion(OutboxEntry entry) {
        return database.read(sql -> records.platformVersion(sql, entry.kind(), entry.subjectId())).orElseThrow();
    }

    private void recordConflict(PlatformClient client, OutboxEntry entry) {
        Publication theirs = client.get(entry.kind(), platformVersion(entry).platformId());
        database.write(sql -> {
            state.saveConflict(sql, entry.kind(), entry.subjectId(), theirs.etag(), Json.write(theirs), clock.instant());
            records.flag(sql, entry.kind(), entry.subjectId(), CONFLICT_MESSAGE);
            outbox.remove(sql, entry.id());
            return null;
        });
    }

    private void refuse(OutboxEntry entry, PlatformException e) {
        database.write(sql -> {
            if (entry.operation() == OutboxEntry.Operation.UPDATE) {
                records.changeRefused(sql, entry.kind(), entry.subjectId(), e.getMessage());
            } else {
                records.refused(sql, entry.kind(), entry.subjectId(), e.getMessage());
            }
            outbox.remove(sql, entry.id());
            return null;
        });
    }

    /** Removed on the platform: the post stays as it is here, marked, and this version is not sent again. */
    private void gone(OutboxEntry entry) {
        database.write(sql -> {
            records.flag(sql, entry.kind(), entry.subjectId(), GONE_MESSAGE);
            outbox.markPushed(sql, entry.kind(), entry.subjectId(), entry.bodyHash(), clock.instant());
            outbox.remove(sql, entry.id());
            return null;
        });
    }

    private static String describe(OutboxEntry entry, PlatformException e) {
        return Subjects.code(entry.kind()) + " " + entry.subjectId() + ": " + e.getMessage();
    }
}
