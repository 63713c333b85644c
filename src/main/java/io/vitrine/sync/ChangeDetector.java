package io.vitrine.sync;

import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns local state into outbox entries: a post or poll that belongs on the platform but is not
 * there becomes a create; one whose payload differs from what the platform last accepted becomes an
 * update. Comparing payload hashes (rather than hooking every editor) means no change can slip past,
 * whichever screen or command made it.
 */
final class ChangeDetector {
    private final Database database;
    private final PublicationReader reader;
    private final OutboxRepository outbox;
    private final SyncStateRepository state;
    private final Clock clock;

    ChangeDetector(Database database, PublicationReader reader, OutboxRepository outbox, SyncStateRepository state,
                   Clock clock) {
        this.database = database;
        this.reader = reader;
        this.outbox = outbox;
        this.state = state;
        this.clock = clock;
    }

    void detect(long brandId) {
        for (PublicationKind kind : PublicationKind.values()) {
            for (long id : reader.candidates(kind, brandId)) {
                reader.read(kind, id).ifPresent(this::queueIfChanged);
            }
        }
    }

    private void queueIfChanged(LocalPublication local) {
        String body = local.json();
        String hash = local.hash();
        database.write(sql -> {
            if (state.inConflict(sql, local.kind(), local.id())) {
                return null; // waits for the person's choice
            }
            Optional<OutboxEntry> pending = outbox.forSubject(sql, local.kind(), local.id());
            if (pending.isPresent()) {
                OutboxEntry entry = pending.get();
                if (!entry.mayHaveLeft() && !entry.bodyHash().equals(hash)) {
                    outbox.rewrite(sql, entry.id(), body, hash);
                }
                return null; // a change after a send goes out as an update once this entry is done
            }
            if (local.platformId() == null) {
                outbox.enqueue(sql, local.brandId(), local.kind(), local.id(), OutboxEntry.Operation.CREATE, body, hash,
                        clock.instant());
            } else if (!outbox.pushedHash(sql, local.kind(), local.id()).map(hash::equals).orElse(false)) {
                outbox.enqueue(sql, local.brandId(), local.kind(), local.id(), OutboxEntry.Operation.UPDATE, body, hash,
                        clock.instant());
            }
            return null;
        });
    }
}
