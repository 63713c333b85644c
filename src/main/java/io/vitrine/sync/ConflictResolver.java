package io.vitrine.sync;

import io.vitrine.common.Json;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.poll.Poll;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.CallToAction;
import io.vitrine.post.Post;
import io.vitrine.post.PostService;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The person's answer to a conflict. Keep mine: adopt the platform's etag and forget what was last
 * pushed, so the next sync sends our version over theirs knowingly. Take theirs: copy the platform's
 * caption (question), interests and call to action into the local post (poll) and record it as in step.
 */
final class ConflictResolver {
    private final Database database;
    private final PostService posts;
    private final PollRepository polls;
    private final PublicationReader reader;
    private final SyncStateRepository state;
    private final OutboxRepository outbox;
    private final PublicationRepository records;
    private final Clock clock;

    ConflictResolver(Database database, PostService posts, PollRepository polls, PublicationReader reader,
                     SyncStateRepository state, OutboxRepository outbox, PublicationRepository records, Clock clock) {
        this.database = database;
        this.posts = posts;
        this.polls = polls;
        this.reader = reader;
        this.state = state;
        this.outbox = outbox;
        this.records = records;
        this.clock = clock;
    }

    void keepMine(Conflict conflict) {
        database.write(sql -> {
            records.newEtag(sql, conflict.kind(), conflict.subjectId(), conflict.remoteEtag());
            outbox.forgetPushed(sql, conflict.kind(), conflict.subjectId());
            state.deleteConflict(sql, conflict.kind(), conflict.subjectId());
            return null;
        });
    }

    void takeTheirs(Conflict conflict) {
        Publication theirs = Json.read(conflict.remoteBody(), Publication.class);
        if (conflict.kind() == PublicationKind.POST) {
            adoptPost(conflict.subjectId(), theirs.post());
        } else {
            adoptPoll(conflict.subjectId(), theirs.poll());
        }
        String hash = reader.read(conflict.kind(), conflict.subjectId()).orElseThrow().hash();
        database.write(sql -> {
            records.newEtag(sql, conflict.kind(), conflict.subjectId(), conflict.remoteEtag());
            outbox.markPushed(sql, conflict.kind(), conflict.subjectId(), hash, clock.instant());
            state.deleteConflict(sql, conflict.kind(), conflict.subjectId());
            return null;
        });
    }

    private void adoptPost(long id, PostPayload remote) {
        Post local = posts.require(id);
        CallToAction action = remote.callToAction() == null ? null : CallToAction.parse(remote.callToAction()).orElse(null);
        posts.saveChanges(local.withCaption(remote.caption()).withInterests(remote.interests()).withCallToAction(action));
    }

    private void adoptPoll(long id, PollPayload remote) {
        Poll local = polls.find(id).orElseThrow();
        PollDraft draft = local.toDraft();
        polls.update(id, new PollDraft(remote.question(), draft.options(), draft.durationHours(), draft.targetInterests(),
                draft.targetRegions(), draft.campaignName(), draft.imageSha256()), clock.instant());
    }
}
