package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The catalog commands as a script would run them: exit codes, stdout that is exactly one JSON document, stderr messages. */
class CatalogCommandIT {
    private static final Path SAMPLES = Path.of("resources", "samples");

    @TempDir
    Path dir;
    Path workspace;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON document: " + out, e);
            }
        }
    }

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("shop.vitrine");
        Workspace.create(workspace, "Shop").close();
    }

    private Run run(String... args) {
        CommandLine line = StudioCommand.commandLine((file, demo) -> {
            throw new AssertionError("no desktop in CLI tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importJsonIsExactlyOneObjectWithEveryCountAndTheRejectedRows() {
        Run run = run("catalog", "import", SAMPLES.resolve("gmc-rss.xml").toString(), "-w", workspace.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode report = run.json();
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("format", "read", "imported", "updated", "unchanged", "removed", "rejected", "warnings", "errors");
        assertThat(report.get("format").asText()).isEqualTo("gmc-xml");
        assertThat(report.get("read").asLong()).isEqualTo(9);
        assertThat(report.get("imported").asLong()).isEqualTo(6);
        assertThat(report.get("rejected").asLong()).isEqualTo(3);
        assertThat(report.get("warnings").asLong()).isEqualTo(1);
        JsonNode first = report.get("errors").get(0);
        assertThat(first.get("line").asLong()).isEqualTo(107);
        assertThat(first.get("id").asText()).isEqualTo("ML-VASE-ONDE");
        assertThat(first.get("field").asText()).isEqualTo("price");
        assertThat(first.get("message").asText()).isEqualTo("price is missing");

        JsonNode again = run("catalog", "import", SAMPLES.resolve("gmc-rss.xml").toString(), "-w", workspace.toString(), "--json").json();
        assertThat(again.get("unchanged").asLong()).isEqualTo(6);
        assertThat(again.get("imported").asLong()).isZero();
    }

    @Test
    void aRowWithoutIdStillReportsTheIdKey() {
        JsonNode report = run("catalog", "import", SAMPLES.resolve("gmc.tsv").toString(), "-w", workspace.toString(), "--json").json();
        JsonNode noId = report.get("errors").get(0);
        assertThat(noId.has("id")).isTrue();
        assertThat(noId.get("id").isNull()).isTrue();
        assertThat(noId.get("field").asText()).isEqualTo("id");
    }

    @Test
    void aFileThatCannotBeReadExitsNonZeroWithAMessageAndTheErrorAsJson() {
        Run missing = run("catalog", "import", dir.resolve("nope.xml").toString(), "-w", workspace.toString(), "--json");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.json().get("error").asText()).endsWith("nope.xml does not exist.");
        assertThat(missing.json().get("remedy").asText()).isEqualTo("Check the path of the feed file.");
        assertThat(missing.err()).contains("does not exist");

        Run unmapped = run("catalog", "import", SAMPLES.resolve("generic.csv").toString(), "-w", workspace.toString(), "--json");
        assertThat(unmapped.exit()).isEqualTo(1);
        assertThat(unmapped.err()).contains("No column of the file was matched to id, title, price").contains("--mapping");

        Run wrongFormat = run("catalog", "import", SAMPLES.resolve("gmc-rss.xml").toString(), "-w", workspace.toString(),
                "--format", "shopify-csv");
        assertThat(wrongFormat.exit()).isEqualTo(1);
        assertThat(wrongFormat.err()).contains("not a Shopify product export");

        Run unknownFormat = run("catalog", "import", SAMPLES.resolve("gmc-rss.xml").toString(), "-w", workspace.toString(),
                "--format", "pdf");
        assertThat(unknownFormat.exit()).isEqualTo(1);
        assertThat(unknownFormat.err()).contains("Unknown feed format");
    }

    @Test
    void mappingFileSheetAndForcedFormat() {
        Run mapped = run("catalog", "import", SAMPLES.resolve("generic.csv").toString(), "-w", workspace.toString(),
                "--mapping", SAMPLES.resolve("generic.mapping.json").toString(), "--json");
        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(mapped.json().get("format").asText()).isEqualTo("csv");
        assertThat(mapped.json().get("imported").asLong()).isEqualTo(4);

        Run sheet = run("catalog", "import", SAMPLES.resolve("catalog.xlsx").toString(), "-w", workspace.toString(),
                "--sheet", "Archive", "--json");
        assertThat(sheet.json().get("imported").asLong()).isEqualTo(1);

        Run forced = run("catalog", "import", SAMPLES.resolve("meta.csv").toString(), "-w", workspace.toString(),
                "--format", "csv", "--json");
        assertThat(forced.json().get("format").asText()).isEqualTo("csv");
        assertThat(forced.json().get("imported").asLong()).isEqualTo(5);
    }

    @Test
    void searchPrintsAJsonArrayOfItems() {
        run("catalog", "import", SAMPLES.resolve("gmc-rss.xml").toString(), "-w", workspace.toString());
        Run search = run("catalog", "search", "lumiere", "lune", "-w", workspace.toString(), "--limit", "2", "--json");
        assertThat(search.exit()).as(search.err()).isZero();
        JsonNode items = search.json();
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(2);
        JsonNode item = items.get(0);
        for (String key : List.of("id", "title", "brand", "price", "currency", "availability")) {
            assertThat(item.has(key)).as(key).isTrue();
        }
        assertThat(item.get("title").asText()).startsWith("Lune Table Lamp");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("89");
        assertThat(item.get("currency").asText()).isEqualTo("EUR");

        Run none = run("catalog", "search", "zzzz", "-w", workspace.toString(), "--json");
        assertThat(none.json()).isEmpty();
        Run human = run("catalog", "search", "figue", "-w", workspace.toString());
        assertThat(human.out()).contains("ML-CANDLE-FIGUE").contains("34.50");
    }

    @Test
    void humanOutputSummarisesAndListsProblems() throws Exception {
        Run noCurrency = run("catalog", "import", SAMPLES.resolve("shopify.csv").toString(), "-w", workspace.toString());
        if (noCurrency.exit() != 0) { // depends on the machine's locale: a Shopify export has no currency of its own
            assertThat(noCurrency.err()).contains("do not say which currency").contains("--currency");
        }
        Run run = run("catalog", "import", SAMPLES.resolve("shopify.csv").toString(), "-w", workspace.toString(),
                "--currency", "EUR", "--source", "shopify");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("8 read: 8 new").contains("Warnings:").contains("wrong check digit");
        assertThat(Files.exists(workspace)).isTrue();
    }
}
