package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import io.vitrine.catalog.scan.BarcodePictures;
import io.vitrine.catalog.scan.ScanFixture;
import io.vitrine.common.Json;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code catalog scan} and {@code catalog similar} as a script runs them: JSON shapes and exit codes. */
class CatalogScanCommandIT {
    @TempDir
    Path dir;
    String workspace;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    @BeforeEach
    void createWorkspace() throws Exception {
        ScanFixture.create(dir).close();
        workspace = dir.resolve("scan.vitrine").toString();
    }

    private Run run(String... args) {
        CommandLine line = StudioCommand.commandLine((file, demo) -> {
            throw new AssertionError("no desktop in CLI tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return new Run(line.execute(args), out.toString(), err.toString());
    }

    private Path picture(BarcodeFormat format, String text) throws Exception {
        BufferedImage card = BarcodePictures.card(600, 450);
        BarcodePictures.place(card, BarcodePictures.code(format, text, 3), 300, 225, 1.0, 10);
        return Files.write(dir.resolve("code.png"), BarcodePictures.png(card));
    }

    @Test
    void scanPrintsTheCodesAndTheMatchesAsOneJsonObject() throws Exception {
        Run scan = run("catalog", "scan", picture(BarcodeFormat.EAN_13, "400638133393").toString(), "-w", workspace, "--json");
        assertThat(scan.exit()).as(scan.err()).isZero();
        JsonNode json = scan.json();
        assertThat(json.get("codes").get(0).get("format").asText()).isEqualTo("EAN_13");
        assertThat(json.get("codes").get(0).get("text").asText()).isEqualTo("4006381333931");
        JsonNode match = json.get("matches").get(0);
        assertThat(match.get("id").asText()).isEqualTo("ARC-BRASS");
        assertThat(match.get("title").asText()).isEqualTo("Arc Floor Lamp – Brass");
        assertThat(match.get("by").asText()).isEqualTo("gtin");
    }

    @Test
    void aCodeNotInTheCatalogStillExitsZeroAndSaysSo() throws Exception {
        Path unknown = picture(BarcodeFormat.EAN_8, "9638507");
        Run json = run("catalog", "scan", unknown.toString(), "-w", workspace, "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.json().get("matches")).isEmpty();
        Run human = run("catalog", "scan", unknown.toString(), "-w", workspace);
        assertThat(human.out()).contains("Not in your catalog: EAN-8 96385074");
    }

    @Test
    void aPictureThatCannotBeReadExitsOneWithAMessage() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.jpg"), "not a picture");
        Run scan = run("catalog", "scan", broken.toString(), "-w", workspace, "--json");
        assertThat(scan.exit()).isEqualTo(1);
        assertThat(scan.json().get("error").asText()).isEqualTo("broken.jpg is not a picture Vitrine can read.");
        Run human = run("catalog", "scan", broken.toString(), "-w", workspace);
        assertThat(human.exit()).isEqualTo(1);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).contains("broken.jpg is not a picture Vitrine can read");
        assertThat(run("catalog", "scan", dir.resolve("missing.png").toString(), "-w", workspace).exit()).isEqualTo(1);
    }

    @Test
    void similarPrintsIdsTitlesScoresAndReasons() throws Exception {
        Run similar = run("catalog", "similar", "LUNE-SAGE", "-w", workspace, "--limit", "2", "--json");
        assertThat(similar.exit()).as(similar.err()).isZero();
        JsonNode items = similar.json();
        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asText()).isEqualTo("LUNE-IVORY");
        assertThat(first.get("title").asText()).isEqualTo("Lune Table Lamp – Ivory");
        assertThat(first.get("score").asDouble()).isBetween(0.5, 1.0);
        List<String> reasons = new java.util.ArrayList<>();
        first.get("reasons").forEach(reason -> reasons.add(reason.asText()));
        assertThat(reasons).contains("same type", "shared words: lune, table, lamp", "in stock");
        Run unknown = run("catalog", "similar", "NOPE", "-w", workspace);
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no item NOPE");
    }
}
