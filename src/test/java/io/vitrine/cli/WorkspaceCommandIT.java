package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The workspace CLI as a user runs it: exit codes, JSON on stdout, readable errors on stderr. */
class WorkspaceCommandIT {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = StudioCommand.commandLine((workspace, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createInfoAndBackup() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        Run created = run("workspace", "create", file.toString(), "--name", "Shop", "--json");
        assertThat(created.exitCode()).isZero();
        JsonNode info = Json.mapper().readTree(created.out());
        assertThat(info.get("name").asText()).isEqualTo("Shop");
        assertThat(info.get("schema_version").asInt()).isPositive();

        Run shown = run("workspace", "info", file.toString(), "--json");
        assertThat(shown.exitCode()).isZero();
        JsonNode tables = Json.mapper().readTree(shown.out()).get("tables");
        assertThat(tables.get("workspace_meta").asLong()).isEqualTo(2);
        assertThat(tables.has("catalog_item")).isTrue();

        Path copy = dir.resolve("copy.vitrine");
        assertThat(run("workspace", "backup", file.toString(), copy.toString()).exitCode()).isZero();
        assertThat(run("workspace", "info", copy.toString(), "--json").out()).contains("\"name\":\"Shop\"");
    }

    @Test
    void failuresExitNonZeroWithAMessageAndARemedy() throws Exception {
        Path notes = dir.resolve("notes.vitrine");
        Files.writeString(notes, "hello");
        Run run = run("workspace", "info", notes.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: notes.vitrine is not a Vitrine workspace.").contains("The file was not changed");

        Run usage = run("workspace", "info");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required parameter");
    }

    @Test
    void demoWorkspaceFromTheCli() {
        Path file = dir.resolve("demo.vitrine");
        Run run = run("workspace", "create", "--demo", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Maison Lumi");
    }
}
