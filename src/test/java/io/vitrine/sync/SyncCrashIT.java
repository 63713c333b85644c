package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code ./studio sync} in its own JVM, killed with SIGKILL at random points twenty
 * times against a simulator with heavy faults. Afterwards one clean sync must leave the workspace
 * intact, with every delivered event counted exactly once and no post or poll published twice.
 */
class SyncCrashIT {
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void killingSyncAtRandomPointsLosesNothingAndCountsNothingTwice() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600)
                .withFaults(Faults.HEAVY))) {
            Path file;
            try (Workspace workspace = SyncFixtures.workspaceWithPublications(dir, 3, 2)) {
                file = workspace.file();
            }
            Random random = new Random(20261129);
            int killedWhileRunning = 0;
            for (int i = 0; i < KILLS; i++) {
                Process sync = startSync(file, sim);
                Thread.sleep(300 + random.nextInt(2200));
                if (sync.isAlive()) {
                    killedWhileRunning++;
                }
                sync.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
                assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(killedWhileRunning).as("most runs were cut short").isGreaterThan(KILLS / 2);

            try (Workspace workspace = Workspace.open(file)) {
                assertThat(workspace.database().read(sql -> sql.text("PRAGMA integrity_check")).orElseThrow())
                        .isEqualTo("ok");
                SyncEngine engine = SyncEngine.of(workspace.database(), null, SyncAgainstSimulatorIT.QUICK, Clock.systemUTC());
                PlatformConnection connection = new PlatformConnection(URI.create(sim.url()), sim.brands().get(0).token());
                PlatformClient client = new PlatformClient(connection, SyncAgainstSimulatorIT.QUICK, Sleeper.REAL);
                SyncReport report = engine.run(client, connection);
                for (int i = 0; i < 20 && !report.ok(); i++) {
                    report = engine.run(client, connection);
                }
                assertThat(report.errors()).isEmpty();
                assertThat(SyncFixtures.localCounts(workspace)).isEqualTo(SyncFixtures.truth(sim));
                assertThat(client.publications().publications()).as("no post or poll published twice").hasSize(5);
            }
        }
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
}
