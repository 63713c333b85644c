package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.brand.PublishState;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationStatus;
import io.vitrine.platform.api.SimBrand;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.post.Post;
import io.vitrine.post.PostFilter;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostService;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine against the real simulator over loopback: publishing, counting, faults, conflicts, moderation, brands, TLS. */
class SyncAgainstSimulatorIT {
    /** Fast retries so heavy faults do not make the test slow; Retry-After is still honoured. */
    static final RetryPolicy QUICK = new RetryPolicy(8, Duration.ofMillis(20), Duration.ofMillis(500), RandomGenerator.getDefault());

    @TempDir
    Path dir;
    private PlatformSimulator sim;
    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void publishesPostsAndPollsAndCountsEveryDeliveredEventOnce() throws Exception {
        start(Faults.NONE, 3, 2);
        SyncReport first = sync();
        assertThat(first.errors()).isEmpty();
        assertThat(first.pushed()).isEqualTo(5);
        assertThat(platformIds("post")).hasSize(3);
        Thread.sleep(1500); // 1.5 simulated hours of audience
        SyncReport second = sync();
        assertThat(second.errors()).isEmpty();
        assertThat(second.pushed()).isZero();
        assertThat(second.pulled()).isPositive();
        assertThat(localCounts()).isEqualTo(truth());
        assertThat(count("SELECT count(*) FROM post WHERE status = 'published'"))
                .isEqualTo(3);
        assertThat(sync().pushed()).as("nothing changed, nothing sent").isZero();
    }

    @Test
    void heavyFaultsNeverLoseNorDoubleCountAnEventNorDuplicateAPost() throws Exception {
        start(Faults.HEAVY, 4, 3);
        SyncReport all = SyncReport.EMPTY;
        for (int round = 0; round < 12; round++) {
            all = all.plus(sync());
            Thread.sleep(150);
        }
        SyncReport last = syncUntilClean();
        all = all.plus(last);
        assertThat(all.duplicatesIgnored()).as("the feed did deliver events twice").isPositive();
        assertThat(all.pulled()).isEqualTo(localCounts().values().stream().mapToLong(Long::longValue).sum());
        assertThat(last.errors()).isEmpty();
        assertThat(localCounts()).isEqualTo(truth());
        assertThat(localCounts().get("impression")).isPositive();
        List<Publication> remote = client().publications().publications();
        assertThat(remote).as("idempotency keys: one publication per post and poll").hasSize(7);
        assertThat(count("SELECT count(*) FROM sync_outbox")).isZero();
    }

    @Test
    void aChangeMadeOnBothSidesIsAConflictUntilThePersonChooses() throws Exception {
        start(Faults.NONE, 1, 0);
        sync();
        Post post = posts().find(postId()).orElseThrow();
        SyncFixtures.editOnPlatform(sim, post.platformId(), "Edited on the web");
        posts().saveChanges(post.withCaption("Edited in the studio"));

        SyncReport report = sync();
        assertThat(report.conflicts()).isEqualTo(1);
        SyncEngine engine = engine();
        List<Conflict> conflicts = engine.conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("Edited in the studio"));
        assertThat(remoteCaption(post.platformId())).as("never overwritten silently").isEqualTo("Edited on the web");
        assertThat(sync().pushed()).as("waits for a choice").isZero();

        engine.keepMine(conflicts.get(0));
        assertThat(sync().pushed()).isEqualTo(1);
        assertThat(remoteCaption(post.platformId())).isEqualTo("Edited in the studio");
        assertThat(engine.conflicts()).isEmpty();
    }

    @Test
    void takingTheirsCopiesThePlatformVersionHome() throws Exception {
        start(Faults.NONE, 1, 0);
        sync();
        Post post = posts().find(postId()).orElseThrow();
        SyncFixtures.editOnPlatform(sim, post.platformId(), "Fixed typo on the web");
        posts().saveChanges(post.withCaption("Local wording"));
        sync();
        engine().takeTheirs(engine().conflicts().get(0));
        assertThat(posts().find(postId()).orElseThrow().caption()).isEqualTo("Fixed typo on the web");
        assertThat(sync().pushed()).isZero();
        assertThat(engine().conflicts()).isEmpty();
    }

    @Test
    void aPostModerationRejectsFailsWithItsReasonAndPublishesOnceEditedAndScheduledAgain() throws Exception {
        start(Faults.NONE, 1, 0);
        Post post = posts().schedule(posts().require(postId()).withCaption("Sleep better: our lamp is a miracle cure"),
                Instant.now().plusSeconds(60), PostFixtures.PARIS);
        String reason = "Rejected by moderation: the caption makes a prohibited health claim ('miracle cure').";

        SyncReport first = sync();
        assertThat(first.errors()).as("the round lists the refusal, like any other")
                .containsExactly("post " + post.id() + ": " + reason);
        assertThat(first.pushed()).isZero();
        Post failed = posts().require(post.id());
        assertThat(failed.status()).isEqualTo(PublishState.FAILED);
        assertThat(failed.syncError()).isEqualTo(reason);
        assertThat(posts().list(PostFilter.of(PublishState.FAILED))).as("the posts list shows why")
                .singleElement().satisfies(row -> assertThat(row.syncError()).isEqualTo(reason));
        assertThat(sync().pushed()).as("a failed post stays home until it is scheduled again").isZero();

        posts().schedule(failed.withCaption("Sleep better: our lamp glows amber"), Instant.now().plusSeconds(60),
                PostFixtures.PARIS);
        SyncReport again = sync();
        assertThat(again.errors()).isEmpty();
        assertThat(again.pushed()).isEqualTo(1);
        Post published = posts().require(post.id());
        assertThat(published.status()).isEqualTo(PublishState.PUBLISHED);
        assertThat(published.syncError()).isNull();
        assertThat(published.platformId()).as("the same publication, reviewed again").isEqualTo(failed.platformId());
        assertThat(client().publications().publications()).singleElement().satisfies(remote -> {
            assertThat(remote.status()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(remote.post().caption()).isEqualTo("Sleep better: our lamp glows amber");
        });
    }

    @Test
    void aChangeThePlatformRefusesToALivePostLeavesItLiveWithTheReason() throws Exception {
        start(Faults.NONE, 1, 0);
        sync();
        Thread.sleep(1500); // the fixture schedules its post 5 s ahead: seconds of simulated time at 3600×
        sync();
        Post live = posts().require(postId());
        assertThat(live.status()).isEqualTo(PublishState.PUBLISHED);
        String before = live.caption();

        posts().saveChanges(live.withCaption("Our lamp is a miracle cure"));
        SyncReport report = sync();

        assertThat(report.errors()).singleElement().asString().contains("miracle cure");
        Post after = posts().require(postId());
        assertThat(after.status()).as("it is still live on the platform, as it was").isEqualTo(PublishState.PUBLISHED);
        assertThat(after.syncError()).startsWith("The platform refused this change (").contains("miracle cure")
                .endsWith("it keeps the version it had.");
        assertThat(client().publications().publications()).singleElement()
                .satisfies(remote -> assertThat(remote.post().caption()).isEqualTo(before));
    }

    @Test
    void anotherBrandsTokenCannotSyncThisWorkspace() throws Exception {
        start(Faults.NONE, 1, 0);
        sync(); // links the workspace brand to brand 1
        SimBrand other = sim.brands().get(1);
        PlatformConnection connection = new PlatformConnection(URI.create(sim.url()), other.token());
        SyncReport report = engine().run(new PlatformClient(connection, QUICK, Sleeper.REAL), connection);
        assertThat(report.errors()).singleElement().asString().contains("no brand of this workspace is linked to it");
        assertThat(localCounts()).isEqualTo(truth());
    }

    @Test
    void aDeadNetworkIsReportedAndTheChangesWait() throws Exception {
        start(Faults.NONE, 2, 0);
        String url = sim.url();
        String token = sim.brands().get(0).token();
        sim.close();
        PlatformConnection connection = new PlatformConnection(URI.create(url), token);
        RetryPolicy fast = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), RandomGenerator.getDefault());
        SyncReport report = engine().run(new PlatformClient(connection, fast, Sleeper.REAL), connection);
        assertThat(report.errors()).singleElement().asString().contains("did not answer");
        assertThat(SyncSnapshot.of(new SyncAccounts(engine(), new TokenStore(dir.resolve("t.json"))), false).pending())
                .isZero(); // nothing was queued: the brand check failed first, the posts are still scheduled
        assertThat(count("SELECT count(*) FROM post WHERE status = 'scheduled'"))
                .isEqualTo(2);
    }

    @Test
    void aPlatformRestartedWithItsStateButTheClockResetKeepsThePostsAndTheFeedWorking() throws Exception {
        Path state = dir.resolve("platform.json");
        SimulatorOptions options = SimulatorOptions.defaults().withSpeed(3600).withStateFile(state).withResumeClock(false);
        sim = PlatformSimulator.start(options);
        workspace = SyncFixtures.workspaceWithPublications(dir, 2, 1);
        // two hours ahead: live after 2.5 s at 3600×, and two hours ahead again on the restarted platform's clock
        posts().schedule(posts().require(postId()), Instant.now().plus(Duration.ofHours(2)), PostFixtures.PARIS);
        sync();
        Thread.sleep(2500);
        sync();
        long before = SyncFixtures.localCounts(workspace).values().stream().mapToLong(Long::longValue).sum()
                + sync().pulled();
        assertThat(before).isPositive();
        long wentOut = count("SELECT count(*) FROM post WHERE status = 'published'");
        assertThat(posts().require(postId()).status()).isEqualTo(PublishState.PUBLISHED);
        sim.close();

        sim = PlatformSimulator.start(options); // as the demo does on every start: same publications, clock at now
        sync(); // the platform now says "scheduled" for the post it published an hour ago (by its clock)
        assertThat(posts().require(postId()).status()).as("what went out stays out, whatever the platform's clock says")
                .isEqualTo(PublishState.PUBLISHED);
        Thread.sleep(2500);
        SyncReport report = syncUntilClean();
        assertThat(report.errors()).isEmpty();
        assertThat(report.pushed()).isZero();
        assertThat(client().publications().publications()).hasSize(3);
        assertThat(count("SELECT count(*) FROM post WHERE sync_error IS NOT NULL")).isZero();
        assertThat(count("SELECT count(*) FROM post WHERE status = 'published'")).isGreaterThanOrEqualTo(wentOut);
    }

    @Test
    void tokensAreRefusedWithoutTls() {
        assertThatThrownBy(() -> new PlatformConnection(URI.create("http://api.example.com"), "t"))
                .hasMessageContaining("https://");
        assertThat(new PlatformConnection(URI.create("https://api.example.com"), "secret").toString()).doesNotContain("secret");
    }

    @Test
    void anUnverifiableCertificateFailsTheRoundAtOnceWithoutRetries() throws Exception {
        start(Faults.NONE, 1, 0);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        Sleeper recording = duration -> {
            waits.add(duration);
            Sleeper.REAL.sleep(duration);
        };
        try (SelfSignedHttpsServer untrusted = new SelfSignedHttpsServer(dir)) {
            PlatformConnection connection = new PlatformConnection(URI.create(untrusted.url()), "secret-token");
            long started = System.nanoTime();
            SyncReport report = engine().run(new PlatformClient(connection, RetryPolicy.DEFAULT, recording), connection);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(report.errors()).singleElement().asString()
                    .contains("The platform's secure connection could not be verified for the brand check")
                    .contains("never skips certificate checks");
            assertThat(waits).as("no retries: a certificate does not fix itself").isEmpty();
            assertThat(took).as("well under the default retry budget (~6 s)").isLessThan(Duration.ofSeconds(3));
            assertThat(untrusted.requests()).as("no request, so no token, crossed the unverified connection").isZero();
        }
        assertThat(count("SELECT count(*) FROM post WHERE status = 'scheduled' AND sync_error IS NULL"))
                .as("the post waits untouched for a trusted platform").isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private void start(Faults faults, int posts, int polls) throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withFaults(faults));
        workspace = SyncFixtures.workspaceWithPublications(dir, posts, polls);
    }

    private SyncEngine engine() {
        return SyncEngine.of(workspace.database(), null, QUICK, Clock.systemUTC());
    }

    private PlatformConnection connection() {
        return new PlatformConnection(URI.create(sim.url()), sim.brands().get(0).token());
    }

    private PlatformClient client() {
        return new PlatformClient(connection(), QUICK, Sleeper.REAL);
    }

    private SyncReport sync() {
        return engine().run(client(), connection());
    }

    private SyncReport syncUntilClean() {
        SyncReport report = sync();
        for (int i = 0; i < 20 && !report.errors().isEmpty(); i++) {
            report = sync();
        }
        return report;
    }

    private Map<String, Long> localCounts() {
        return SyncFixtures.localCounts(workspace);
    }

    private Map<String, Long> truth() {
        return SyncFixtures.truth(sim);
    }

    private long count(String query) {
        return workspace.database().read(sql -> sql.scalar(query));
    }

    private List<String> platformIds(String table) {
        return workspace.database().read(sql -> sql.list("SELECT platform_id FROM " + table
                + " WHERE platform_id IS NOT NULL", row -> row.getString(1)));
    }

    private PostService posts() {
        return new PostService(workspace.database(), new io.vitrine.catalog.CatalogService(workspace.database()));
    }

    private long postId() {
        return workspace.database().read(sql -> sql.scalar("SELECT min(id) FROM post"));
    }

    private String remoteCaption(String platformId) {
        return client().get(PublicationKind.POST, platformId).post().caption();
    }
}
