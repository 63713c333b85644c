package io.vitrine.sync;

import io.vitrine.common.EventBus;
import io.vitrine.common.VitrineException;
import io.vitrine.insights.EngagementChanged;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.platform.api.BrandInfo;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostsChanged;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One sync round for one brand: check the token and link the brand, turn local changes into outbox
 * entries, push them, bring publication statuses home, then pull the event feed. Plain Java, no UI:
 * the CLI, the Sync screen and the periodic sync all run it.
 */
public final class SyncEngine {
    private final SyncStateRepository state;
    private final OutboxRepository outbox;
    private final BrandLinker linker;
    private final ChangeDetector detector;
    private final OutboxPusher pusher;
    private final StatusUpdater statuses;
    private final EventPuller puller;
    private final ConflictResolver resolver;
    private final EventBus events;
    private final Clock clock;

    public SyncEngine(Database database, EventBus events, PostFeature posts, PollRepository polls, InsightsFeature insights,
                      RetryPolicy retry, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.state = new SyncStateRepository(database);
        this.outbox = new OutboxRepository(database);
        PublicationRepository records = new PublicationRepository();
        this.linker = new BrandLinker(state);
        PublicationReader reader = new PublicationReader(database, posts.posts(), polls);
        this.detector = new ChangeDetector(database, reader, outbox, state, clock);
        this.resolver = new ConflictResolver(database, posts.posts(), polls, reader, state, outbox, records, clock);
        this.pusher = new OutboxPusher(database, outbox, state, records,
                new AssetUploader(posts.catalog(), posts.images(), outbox), retry, clock);
        this.statuses = new StatusUpdater(database, state, records);
        this.puller = new EventPuller(database, state, insights.events(), clock);
    }

    /** Stand-alone, with the features it reads of its own (tests; the studio and the CLI use {@link SyncFeature}). */
    public static SyncEngine of(Database database, EventBus events, RetryPolicy retry, Clock clock) {
        return new SyncEngine(database, events, PostFeature.of(database, clock), new PollRepository(database),
                InsightsFeature.of(database), retry, clock);
    }

    public static SyncEngine of(Database database, EventBus events) {
        return of(database, events, RetryPolicy.DEFAULT, Clock.systemUTC());
    }

    /** Runs a full round for the brand the connection's token belongs to, and records it. */
    public SyncReport run(PlatformClient client, PlatformConnection connection) {
        return run(client, connection, null);
    }

    /**
     * As {@link #run(PlatformClient, PlatformConnection)}, linking the workspace brand named {@code confirmedBrand}
     * (name or handle) to the token's account if it is not linked yet, whatever that account is called.
     */
    public SyncReport run(PlatformClient client, PlatformConnection connection, String confirmedBrand) {
        long runId = state.startRun(clock.instant());
        SyncReport report;
        try {
            report = round(client, connection, confirmedBrand);
        } catch (RuntimeException e) {
            report = new SyncReport(0, 0, 0, 0, List.of(VitrineException.describe(e)));
        }
        report = redacted(report, client);
        state.finishRun(runId, report, clock.instant());
        announce(report);
        return report;
    }

    private SyncReport round(PlatformClient client, PlatformConnection connection, String confirmedBrand) {
        LinkedBrand brand = link(client, connection, confirmedBrand);
        detector.detect(brand.id());
        OutboxPusher.Result push = pusher.push(client, brand.id());
        SyncReport pushed = push.report();
        if (push.roundStopped()) {
            return pushed;
        }
        List<String> errors = new ArrayList<>();
        SyncReport pulled = SyncReport.EMPTY;
        try {
            statuses.update(client, brand.id());
            pulled = puller.pull(client, brand.id());
        } catch (PlatformException e) {
            errors.add(e.getMessage());
        }
        return pushed.plus(pulled).plus(new SyncReport(0, 0, 0, 0, errors));
    }

    /** A last pass over every message of the round (some quote the platform: a brand name, a reason) before it is kept or shown. */
    private static SyncReport redacted(SyncReport report, PlatformClient client) {
        List<String> errors = report.errors().stream().map(client::redact).toList();
        return new SyncReport(report.pushed(), report.pulled(), report.duplicatesIgnored(), report.conflicts(), errors);
    }

    private void announce(SyncReport report) {
        if (events == null) {
            return;
        }
        events.publish(new PostsChanged(null)); // statuses may have moved (scheduled → published)
        if (report.pulled() > 0) {
            events.publish(new EngagementChanged(report.pulled()));
        }
    }

    /**
     * Checks a token with the platform and links the workspace brand it belongs to; throws {@link BrandLinkNeeded}
     * when that would link a brand of another name and handle without {@code confirmedBrand} naming it.
     */
    LinkedBrand link(PlatformClient client, PlatformConnection connection, String confirmedBrand) {
        BrandInfo platform = client.brand();
        platform = new BrandInfo(platform.id(), client.redact(platform.name()), client.redact(platform.handle()));
        return linker.link(platform, connection.base(), confirmedBrand);
    }

    /** Our version wins: the next sync sends it over the platform's, knowingly. */
    public void keepMine(Conflict conflict) {
        resolver.keepMine(conflict);
        announceChange();
    }

    /** The platform's version wins: its caption (question), interests and call to action replace ours. */
    public void takeTheirs(Conflict conflict) {
        resolver.takeTheirs(conflict);
        announceChange();
    }

    private void announceChange() {
        if (events != null) {
            events.publish(new PostsChanged(null));
        }
    }

    public long pendingChanges() {
        return outbox.pendingCount();
    }

    public List<Conflict> conflicts() {
        return state.conflicts();
    }

    public List<SyncRun> recentRuns(int limit) {
        return state.recentRuns(limit);
    }

    public List<LinkedBrand> brands() {
        return state.brands();
    }

    public java.util.Optional<java.time.Instant> lastSuccess() {
        return state.lastSuccess();
    }

    public static final int DEFAULT_INTERVAL_MINUTES = 5;

    /** Minutes between background syncs (0 = only when asked). */
    public int intervalMinutes() {
        return state.intervalMinutes(DEFAULT_INTERVAL_MINUTES);
    }

    public void setIntervalMinutes(int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("Sync interval out of range: " + minutes);
        }
        state.setIntervalMinutes(minutes);
    }
}
