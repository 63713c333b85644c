package io.vitrine.platform.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.cli.StudioCommand;
import io.vitrine.common.Json;
import io.vitrine.platform.api.SimStarted;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./studio platform serve} run in-process: one JSON line on stdout, tokens never on stderr, stops cleanly. */
class PlatformServeCommandIT {

    @Test
    void printsOneJsonLineThenServesUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = StudioCommand.commandLine((workspace, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(line.execute("platform", "serve", "--seed", "7", "--brands", "3",
                "--speed", "60", "--faults", "light")));
        serve.start();
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!out.toString().contains("\n") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out.toString()).as(err.toString()).endsWith("\n");
            assertThat(out.toString().lines()).hasSize(1);
            SimStarted started = Json.read(out.toString().strip(), SimStarted.class);
            assertThat(started.url()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(started.brands()).extracting(b -> b.id()).containsExactly("b_1", "b_2", "b_3");

            SimClient third = new SimClient(started.url(), started.brands().get(2).token());
            assertThat(SimClient.json(third.sendRetrying("GET", "/v1/brand", null)).get("name").asText())
                    .isEqualTo("Atelier Sable");
            assertThat(err.toString()).contains("listening on " + started.url());
            started.brands().forEach(b -> assertThat(err.toString()).doesNotContain(b.token()));
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
        assertThat(exit.get()).isZero();
    }
}
