package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.post.PostFixtures;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Files a person (or someone who sent them a CSV) names on the command line: devices, FIFOs, huge files,
 * photos outside the schedule CSV's folder. Each is refused before it is read, quickly, in our words.
 * (The timeout is a hang guard: a FIFO used to block forever, /dev/zero to fill the memory.)
 */
class HostileInputIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Path workspace;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("shop.vitrine");
        PostFixtures.workspace(workspace).close();
    }

    private Run run(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            CommandLine line = StudioCommand.commandLine((file, demo) -> 0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int exit = line.execute(args);
            return new Run(exit, out.toString(), err.toString());
        });
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process make = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(make.waitFor(10, TimeUnit.SECONDS) && make.exitValue() == 0, "mkfifo is not available");
        return fifo;
    }

    @Test
    void aDeviceAsAPhotoOrAMappingIsRefusedBeforeReading() {
        Run photo = run("post", "create", "-w", workspace.toString(), "--image", "/dev/zero", "--caption", "x");
        assertThat(photo.exit()).isEqualTo(1);
        assertThat(photo.err()).contains("/dev/zero is not an ordinary file (it is a device, a pipe or a socket)");

        Run mapping = run("catalog", "import", "resources/samples/generic.csv", "-w", workspace.toString(),
                "--mapping", "/dev/zero");
        assertThat(mapping.exit()).isEqualTo(1);
        assertThat(mapping.err()).startsWith("error: The mapping file /dev/zero is not an ordinary file");
    }

    @Test
    void aFifoIsRefusedWhereverItIsNamed() throws Exception {
        Path pipe = fifo("photo.jpg");
        Run photo = run("post", "create", "-w", workspace.toString(), "--image", pipe.toString(), "--caption", "x");
        assertThat(photo.err()).contains("is not an ordinary file");

        Path csv = Files.writeString(dir.resolve("plan.csv"), "images,caption\nphoto.jpg,Evening light\n");
        Run schedule = run("post", "import-schedule", csv.toString(), "-w", workspace.toString());
        assertThat(schedule.exit()).isEqualTo(1);
        assertThat(schedule.out()).contains("line 2: rejected").contains("is not an ordinary file");

        Run csvFifo = run("post", "import-schedule", fifo("plan-pipe.csv").toString(), "-w", workspace.toString());
        assertThat(csvFifo.err()).startsWith("error: The schedule file ").contains("is not an ordinary file");
        Run feed = run("catalog", "import", fifo("feed.csv").toString(), "-w", workspace.toString());
        assertThat(feed.err()).contains("is not a readable file");
    }

    @Test
    void aPhotoOverThirtyMegabytesIsRefusedFromItsSize() throws Exception {
        Path huge = dir.resolve("huge.jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(31L * 1024 * 1024); // sparse: nothing is written, the size is what counts
        }
        Run run = run("post", "create", "-w", workspace.toString(), "--image", huge.toString(), "--caption", "x");
        assertThat(run.err()).contains("The image huge.jpg is 31 MB; at most 30 MB is read.");
    }

    @Test
    void aPictureClaimingTwentyThousandPixelsSquareIsRefusedWithTheLimit() throws Exception {
        Path poster = Files.write(dir.resolve("poster.png"), io.vitrine.image.ImageLimitsIT.pngClaiming(20_000, 20_000));
        Run run = run("post", "create", "-w", workspace.toString(), "--image", poster.toString(), "--caption", "x");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("poster.png is 20,000 × 20,000 pixels (400 megapixels); the studio takes pictures"
                + " of up to 50 megapixels.").doesNotContain("Exception");
    }

    @Test
    void aScheduleCsvSavedAsWindows1252KeepsItsAccentsAndABrokenOneImportsNothing() throws Exception {
        PostFixtures.photo(dir, "lamp.jpg", 400, 500);
        Path latin = Files.write(dir.resolve("plan.csv"), "images,caption\nlamp.jpg,Café crème au salon\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run("post", "import-schedule", latin.toString(), "-w", workspace.toString()).exit()).isZero();
        try (io.vitrine.workspace.Workspace ws = io.vitrine.workspace.Workspace.open(workspace)) {
            assertThat(ws.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT caption FROM post")))
                    .hasValue("Café crème au salon");
        }

        StringBuilder plain = new StringBuilder("images,caption\n");
        while (plain.length() < 70_000) {
            plain.append("lamp.jpg,Evening light\n");
        }
        byte[] head = plain.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "lamp.jpg,Café\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] mixed = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, mixed, head.length, tail.length);
        Run broken = run("post", "import-schedule", Files.write(dir.resolve("mixed.csv"), mixed).toString(), "-w",
                workspace.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("mixed.csv has bytes that are not text in the character set it starts in");
        try (io.vitrine.workspace.Workspace ws = io.vitrine.workspace.Workspace.open(workspace)) {
            assertThat(ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post"))).as("nothing imported").isEqualTo(1);
        }
    }

    @Test
    void scheduleCsvPhotosOutsideItsFolderAreRefusedUnlessAllowedAndTheDryRunShowsWhereEachLeads() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.createDirectories(plans.resolve("photos"));
        PostFixtures.photo(plans.resolve("photos"), "lamp.jpg", 400, 500);
        Path secret = PostFixtures.photo(Files.createDirectories(dir.resolve("private")), "scan.jpg", 400, 500);
        Files.createSymbolicLink(plans.resolve("photos").resolve("link.jpg"), secret);
        Path csv = Files.writeString(plans.resolve("plan.csv"), "images,caption\n"
                + "photos/lamp.jpg,Inside\n"
                + "../private/scan.jpg,Up and out\n"
                + secret + ",Absolute\n"
                + "photos/link.jpg,Through a link\n");

        Run dry = run("post", "import-schedule", csv.toString(), "-w", workspace.toString(), "--dry-run");
        assertThat(dry.out()).contains("line 2: ok", "    photo " + plans.resolve("photos/lamp.jpg"),
                "line 3: rejected", "    photo " + secret, "is outside the CSV's folder " + plans, "--allow-outside",
                "line 5: rejected", "(which leads to " + secret.toRealPath() + ")");
        assertThat(dry.out()).contains("plan.csv: 1 would be created, 3 rejected");

        JsonNode refused = run("post", "import-schedule", csv.toString(), "-w", workspace.toString(), "--json").json();
        assertThat(refused.get("created").asInt()).isEqualTo(1);
        assertThat(refused.get("rows").get(1).get("images").get(0).asText()).isEqualTo(secret.toString());

        JsonNode allowed = run("post", "import-schedule", csv.toString(), "-w", workspace.toString(), "--allow-outside",
                "--json").json();
        assertThat(allowed.get("created").asInt()).isEqualTo(4);
    }
}
