package io.vitrine.sync;

import io.vitrine.catalog.CatalogService;
import io.vitrine.common.EventBus;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageStore;
import io.vitrine.insights.EngagementChanged;
import io.vitrine.insights.EngagementStore;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.PostService;
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
    private final Database database;
    private final SyncStateRepository state;
    private final OutboxRepository outbox;
    private final BrandLinker linker;
    private final ChangeDetector detector;
    private final OutboxPusher pusher;
    private final StatusUpdater statuses;
    private final EventPuller puller;
    private final EventBus events;
    private final Clock clock;

    public SyncEngine(Database database, EventBus events, RetryPolicy retry, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
        CatalogService catalog = new CatalogService(database);
        this.state = new SyncStateRepository(database);
        this.outbox = new OutboxRepository(database);
        PublicationRecords records = new PublicationRecords();
        this.linker = new BrandLinker(state);
        this.detector = new ChangeDetector(database, new PublicationReader(database, new PostService(database, catalog, clock),
                new PollRepository(database)), outbox, state, clock);
        this.pusher = new OutboxPusher(database, outbox, state, records,
                new AssetUploader(catalog, new ImageStore(database), outbox), retry, clock);
        this.statuses = new StatusUpdater(database, state, records);
        this.puller = new EventPuller(database, state, new EngagementStore(database), clock);
    }

    public SyncEngine(Database database, EventBus events) {
        this(database, events, RetryPolicy.DEFAULT, Clock.systemUTC());
    }

    /** Runs a full round for the brand the connection's token belongs to, and records it. */
    public SyncReport run(PlatformClient client, PlatformConnection connection) {
        long runId = state.startRun(clock.instant());
        SyncReport report;
        try {
            report = round(client, connection);
        } catch (RuntimeException e) {
            report = new SyncReport(0, 0, 0, 0, List.of(VitrineException.describe(e)));
        }
        state.finishRun(runId, report, clock.instant());
        announce(report);
        return report;
    }

    private SyncReport round(PlatformClient client, PlatformConnection connection) {
        LinkedBrand brand = linker.link(client.brand(), connection.base());
        detector.detect(brand.id());
        SyncReport pushed = pusher.push(client, brand.id());
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

    private void announce(SyncReport report) {
        if (events == null) {
            return;
        }
        events.publish(new PostsChanged(null)); // statuses may have moved (scheduled → published)
        if (report.pulled() > 0) {
            events.publish(new EngagementChanged(report.pulled()));
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

    Database database() {
        return database;
    }
}
