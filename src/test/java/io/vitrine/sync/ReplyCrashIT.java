package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogService;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationFixtures;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostService;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies survive crashes: {@code ./studio sync} in its own JVM, killed with SIGKILL at random points twenty times
 * against a simulator with heavy faults while replies wait in the outbox. Afterwards one clean sync must leave every
 * reply on the platform exactly once (the simulator's truth) and once in its thread.
 */
class ReplyCrashIT {
    private static final int KILLS = 20;
    private static final int REPLIES = 10;

    @TempDir
    Path dir;

    @Test
    void killingSyncWhileRepliesGoOutSendsEachExactlyOnce() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600)
                .withFaults(Faults.HEAVY))) {
            PlatformConnection connection = new PlatformConnection(URI.create(sim.url()), sim.brands().get(0).token());
            Path file = prepare(sim, connection);
            Random random = new Random(20261202);
            int killedWhileRunning = 0;
            for (int i = 0; i < KILLS; i++) {
                Process sync = startSync(file, sim);
                Thread.sleep(600 + random.nextInt(3400)); // a JVM start, then link, publications, replies, feeds
                if (sync.isAlive()) {
                    killedWhileRunning++;
                }
                sync.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
                assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(killedWhileRunning).as("most runs were cut short").isGreaterThan(KILLS / 2);
            long begun = workspaceCount(file, "SELECT count(*) FROM sync_outbox WHERE subject_kind = 'reply' AND attempts > 0")
                    + workspaceCount(file, "SELECT count(*) FROM comment_reply WHERE state = 'sent'");
            assertThat(begun + sent(sim)).as("the killed runs got as far as sending replies").isPositive();

            try (Workspace workspace = Workspace.open(file)) {
                assertThat(workspace.database().read(sql -> sql.text("PRAGMA integrity_check")).orElseThrow()).isEqualTo("ok");
                SyncReport report = syncUntilClean(workspace, connection);
                assertThat(report.errors()).isEmpty();
                assertThat(count(workspace, "SELECT count(*) FROM comment_reply WHERE state = 'sent'")).isEqualTo(REPLIES);
                assertThat(count(workspace, "SELECT count(*) FROM sync_outbox")).isZero();
                assertThat(count(workspace, "SELECT count(DISTINCT platform_id) FROM comment_reply")).isEqualTo(REPLIES);
                assertThat(count(workspace, "SELECT count(*) FROM comment WHERE author = 'brand' AND automation_rule IS NULL"))
                        .isEqualTo(REPLIES);
                assertThat(sent(sim)).as("never sent twice").isEqualTo(REPLIES);
            }
        }
    }

    /** A published post with comments pulled, and {@link #REPLIES} replies queued (every third one private). */
    private Path prepare(PlatformSimulator sim, PlatformConnection connection) throws Exception {
        ConversationFixtures fixture = ConversationFixtures.create(dir);
        try (Workspace workspace = fixture.workspace) {
            PostService posts = new PostService(workspace.database(), new CatalogService(workspace.database()));
            posts.schedule(posts.require(fixture.postId), Instant.now().plusSeconds(5), PostFixtures.PARIS);
            PollFeature.of(workspace).polls().schedule(fixture.pollId, Instant.now().plusSeconds(5));
            syncUntilClean(workspace, connection);
            Thread.sleep(9000);
            syncUntilClean(workspace, connection);
            ConversationFeature feature = ConversationFeature.of(workspace.database());
            List<CommentThread> threads = feature.conversations().threads(InboxFilter.ALL);
            assertThat(threads).hasSizeGreaterThanOrEqualTo(REPLIES);
            for (int i = 0; i < REPLIES; i++) {
                feature.conversations().reply(threads.get(i).first().id(), "Thank you! #" + i, i % 3 == 0, false);
            }
            return workspace.file();
        }
    }

    private static SyncReport syncUntilClean(Workspace workspace, PlatformConnection connection) {
        SyncEngine engine = SyncEngine.of(workspace.database(), null, SyncAgainstSimulatorIT.QUICK, Clock.systemUTC());
        PlatformClient client = new PlatformClient(connection, SyncAgainstSimulatorIT.QUICK, Sleeper.REAL);
        SyncReport report = engine.run(client, connection);
        for (int i = 0; i < 30 && !report.ok(); i++) {
            report = engine.run(client, connection);
        }
        return report;
    }

    private Process startSync(Path file, PlatformSimulator sim) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true",
                "-Dvitrine.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                "io.vitrine.app.Launcher", "sync", "-w", file.toString(), "--url", sim.url(), "--token-env",
                "VITRINE_TEST_TOKEN", "--json"));
        builder.environment().put("VITRINE_TEST_TOKEN", sim.brands().get(0).token());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("sync.log").toFile());
        return builder.start();
    }

    private static long sent(PlatformSimulator sim) {
        Map<String, Long> truth = sim.truth().conversations().get("b_1");
        return truth.get("replies") + truth.get("private_replies");
    }

    private static long workspaceCount(Path file, String query) {
        try (Workspace workspace = Workspace.open(file)) {
            return count(workspace, query);
        }
    }

    private static long count(Workspace workspace, String query) {
        return workspace.database().read(sql -> sql.scalar(query));
    }
}
