package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.testing.ChildStudio;
import io.vitrine.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * How the command line fails: with --json the failure is stdout's one JSON document as well as the message on
 * stderr; a folder given as the report file is refused; a full temporary folder and a 100,000-column file are
 * said in our words; the sync line of --help is whole.
 */
class CliFailureIT {
    @TempDir
    Path dir;
    Path workspace;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            assertThat(out.strip().lines()).as("one JSON document on stdout").hasSize(1);
            return Json.mapper().readTree(out);
        }
    }

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("shop.vitrine");
        try (Workspace created = Workspace.create(workspace, "Shop")) {
            long post = created.database().write(sql -> {
                long brand = sql.insert("INSERT INTO brand_profile(name, handle, created_at) VALUES ('B', 'b', 'x')");
                return sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                        + " VALUES (?, 'Evening', 'published', 'x', 'x')", brand);
            });
            new EngagementRepository(created.database()).store(List.of(new EngagementEvent("i1", EventType.IMPRESSION,
                    Instant.parse("2026-11-20T09:00:00Z"), post, null, null, null, null, null, null, Segment.UNKNOWN)));
        }
    }

    private Run run(String... args) {
        CommandLine line = StudioCommand.commandLine((file, demo) -> 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aFailureWithJsonIsOneJsonObjectOnStdoutAndTheMessageOnStderr() throws Exception {
        Run missing = run("workspace", "info", dir.resolve("missing.vitrine").toString(), "--json");
        assertThat(missing.exit()).isEqualTo(1);
        JsonNode failure = missing.json();
        assertThat(failure.get("error").asText()).endsWith("missing.vitrine does not exist.");
        assertThat(failure.get("remedy").asText()).isEqualTo("Check the path, or create a new workspace.");
        assertThat(missing.err()).startsWith("error: ").contains("missing.vitrine does not exist.");

        Run unreadable = run("catalog", "import", dir.resolve("nope.csv").toString(), "-w", workspace.toString(), "--json");
        assertThat(unreadable.json().get("error").asText()).contains("nope.csv does not exist.");

        Run usage = run("catalog", "import", "-w", workspace.toString(), "--json");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.json().get("error").asText()).contains("Missing required parameter");
        assertThat(usage.err()).contains("Usage:");

        Run plain = run("workspace", "info", dir.resolve("missing.vitrine").toString());
        assertThat(plain.out()).as("without --json stdout stays empty").isEmpty();
    }

    @Test
    void aFolderAsTheReportFileIsRefusedInsteadOfWritingFolderDotXlsx() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Run run = run("report", "export", "-w", workspace.toString(), "-o", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(folder + " is a folder; the report is one workbook file.")
                .contains("e.g. " + folder.resolve("report.xlsx"));
        assertThat(Files.exists(Path.of(folder + ".xlsx"))).isFalse();
        assertThat(run("report", "export", "-w", workspace.toString(), "-o", folder.resolve("report.xlsx").toString()).exit())
                .isZero();
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenIsNamedWhenTheReportStreamsItsEvents() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("tmp-is-a-file"), "");
        ChildStudio.Run run = new ChildStudio(dir.resolve("home")).preparedSqlite(dir.resolve("lib"))
                .jvmOption("-Djava.io.tmpdir=" + notAFolder)
                .run("report", "export", "-w", workspace.toString(), "-o", dir.resolve("r.xlsx").toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: The report was not written: the temporary folder " + notAFolder)
                .doesNotContain("Exception");
        assertThat(Json.mapper().readTree(run.out()).get("remedy").asText()).contains("-Djava.io.tmpdir=");
        assertThat(Files.exists(dir.resolve("r.xlsx"))).isFalse();
    }

    @Test
    void aFileOfAHundredThousandColumnsIsRefusedInOurWords() throws Exception {
        StringBuilder header = new StringBuilder("id,title,price");
        for (int i = 0; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        Path wide = Files.writeString(dir.resolve("wide.csv"), header + "\nA,Lamp,1.00 EUR\n", StandardCharsets.UTF_8);
        Run run = run("catalog", "import", wide.toString(), "-w", workspace.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: Line 1 has more than 16,384 columns, so the file was not imported")
                .doesNotContain("maximum limit").doesNotContain("Exception");
    }

    @Test
    void theSyncLineOfHelpIsWhole() {
        List<String> lines = run("--help").out().lines().toList();
        int sync = lines.indexOf(lines.stream().filter(l -> l.startsWith("  sync ")).findFirst().orElseThrow());
        assertThat(lines.get(sync)).endsWith("pull new events.");
        assertThat(lines.get(sync + 1)).startsWith("  insights");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
