package io.vitrine.sync;

import io.vitrine.common.EventBus;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.poll.PollFeature;
import io.vitrine.post.PostFeature;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The platform sync of one workspace: the one engine (rounds are never run by a second one beside it) and
 * the brands connected to the platform with their saved tokens.
 */
public record SyncFeature(SyncEngine engine, SyncAccounts accounts) {

    public static SyncFeature of(Database database, EventBus events, PostFeature posts, PollFeature polls,
                                 InsightsFeature insights, TokenStore tokens, Clock clock) {
        SyncEngine engine = new SyncEngine(database, events, posts, polls.repository(), insights, RetryPolicy.DEFAULT, clock);
        return new SyncFeature(engine, new SyncAccounts(engine, tokens));
    }
}
