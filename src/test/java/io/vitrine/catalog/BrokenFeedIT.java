package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.catalog.feed.FeedCharset;
import io.vitrine.catalog.feed.FeedException;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-import of a broken copy of a good feed (a stray quote, a download cut off halfway) never marks the
 * catalog's items removed: a file whose quotes swallow rows is refused with the line, a file that lists far
 * fewer items than the source had is imported without removals, and says so. On real workspace files.
 */
class BrokenFeedIT {
    static final int ITEMS = 1_999;
    static final String HEADER = "id,title,description,price";

    @TempDir
    Path dir;
    Workspace workspace;
    Database db;
    ImportService imports;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.create(dir.resolve("shop.vitrine"), "Shop");
        db = workspace.database();
        imports = CatalogFeature.of(db, new EventBus()).imports();
        ImportReport first = importFile(write(rows(ITEMS, true)), ImportRequest.auto());
        assertThat(first.imported()).isEqualTo(ITEMS);
        tagOnScheduledPost("L-1500");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Rows of a Meta-like CSV; with {@code quoted}, every description is in quotes (it has a comma). */
    static List<String> rows(int n, boolean quoted) {
        String[] rows = new String[n];
        for (int i = 0; i < n; i++) {
            String description = quoted ? "\"Warm light, linen shade " + i + "\"" : "Linen shade " + i;
            rows[i] = String.format("L-%04d,Lune lamp %d,%s,%d.00 EUR", i, i, description, 10 + i % 90);
        }
        return Arrays.asList(rows);
    }

    private Path write(List<String> rows) throws IOException {
        return Files.writeString(dir.resolve("catalog.csv"), HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    private ImportReport importFile(Path file, ImportRequest request) {
        return imports.importFeed(FeedSource.of(file), request, Progress.NONE);
    }

    private long count(String sql) {
        return db.read(s -> s.scalar(sql));
    }

    private void tagOnScheduledPost(String itemId) {
        db.write(sql -> {
            long brand = sql.insert("INSERT INTO brand_profile (name, handle, created_at) VALUES ('B', 'b', 'x')");
            long post = sql.insert("INSERT INTO post (brand_id, status, created_at, updated_at) VALUES (?, 'scheduled', 'x', 'x')", brand);
            return sql.insert("INSERT INTO post_tag (post_id, image_position, item_id, x, y) VALUES (?, 0, ?, 0.5, 0.5)", post, itemId);
        });
    }

    private void assertCatalogUntouched() {
        assertThat(count("SELECT count(*) FROM catalog_item WHERE removed = 1")).isZero();
        assertThat(count("SELECT count(*) FROM catalog_item")).isEqualTo(ITEMS);
        assertThat(new ImportRunRepository(db).recent(1)).extracting(ImportRun::status).containsExactly("failed");
    }

    @Test
    void aStrayQuoteRunningToTheEndOfTheFileIsRefusedWithItsLine() throws IOException {
        List<String> rows = new java.util.ArrayList<>(rows(ITEMS, false));
        rows.set(11, "L-0011,\"Lune lamp 11,Linen shade 11,21.00 EUR"); // line 13 of the file
        assertThatThrownBy(() -> importFile(write(rows), ImportRequest.auto()))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("Line 13: the quoted field that starts there")
                .hasMessageContaining("Nothing was imported")
                .satisfies(e -> assertThat(((FeedException) e).remedy()).contains("line 13"));
        assertCatalogUntouched();
    }

    @Test
    void aStrayQuoteThatPairsWithALaterOneIsRefusedWhenItSwallowsRows() throws IOException {
        List<String> rows = new java.util.ArrayList<>(rows(ITEMS, false));
        rows.set(11, "L-0011,\"Lune lamp 11,Linen shade 11,21.00 EUR"); // line 13
        rows.set(40, "L-0040,Lune lamp 40,\"Warm light, linen shade 40\",50.00 EUR"); // where the stray quote ends
        assertThatThrownBy(() -> importFile(write(rows), ImportRequest.auto()))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("Line 13: ");
        assertCatalogUntouched();
    }

    @Test
    void aFileCutOffHalfwayImportsWithoutRemovingAnythingAndSaysWhy() throws IOException {
        String whole = HEADER + "\n" + String.join("\n", rows(ITEMS, true)) + "\n";
        Path cut = Files.writeString(dir.resolve("catalog.csv"), whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);

        ImportReport report = importFile(cut, ImportRequest.auto());

        assertThat(report.removed()).isZero();
        assertThat(report.flaggedPosts()).as("the scheduled post tagging L-1500 is not flagged").isZero();
        assertThat(report.keptNotRemoved()).isBetween(900L, 1_100L);
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("may be cut off")
                .contains("of the 1,999 items").contains("--accept-removals"));
        assertThat(count("SELECT count(*) FROM catalog_item WHERE removed = 1")).isZero();

        ImportReport accepted = importFile(cut, ImportRequest.auto().withAcceptRemovals(true));
        assertThat(accepted.removed()).isEqualTo(report.keptNotRemoved());
        assertThat(accepted.flaggedPosts()).isEqualTo(1);
    }

    @Test
    void anXmlFeedOrAWorkbookCutOffIsRefusedAndChangesNothing() throws IOException {
        byte[] xml = Files.readAllBytes(Path.of("resources", "samples", "gmc-rss.xml"));
        Path cutXml = Files.write(dir.resolve("catalog.xml"), Arrays.copyOf(xml, xml.length / 2));
        assertThatThrownBy(() -> importFile(cutXml, ImportRequest.auto())).isInstanceOf(FeedException.class)
                .hasMessageContaining("the file ends in the middle of the XML: it was cut off");
        byte[] xlsx = Files.readAllBytes(Path.of("resources", "samples", "catalog.xlsx"));
        Path cutXlsx = Files.write(dir.resolve("catalog.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));
        assertThatThrownBy(() -> importFile(cutXlsx, ImportRequest.auto())).isInstanceOf(FeedException.class)
                .hasMessageContaining("not an Excel workbook");
        assertCatalogUntouched();
    }

    @Test
    void aFewItemsGoneAreStillMarkedRemoved() throws IOException {
        ImportReport report = importFile(write(rows(ITEMS - 5, true)), ImportRequest.auto());
        assertThat(report.removed()).isEqualTo(5);
        assertThat(report.keptNotRemoved()).isZero();
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void aDescriptionOverSeveralLinesIsStillFine() throws IOException {
        List<String> rows = new java.util.ArrayList<>(rows(ITEMS, true));
        rows.set(11, "L-0011,Lune lamp 11,\"Warm light.\nLinen shade, \"\"natural\"\".\n\nE27 bulb.\",21.00 EUR");
        ImportReport report = importFile(write(rows), ImportRequest.auto());
        assertThat(report.updated()).isEqualTo(1);
        assertThat(new CatalogService(db).item("L-0011").orElseThrow().item().description()).contains("\"natural\"");
    }

    @Test
    void windows1252IsDetectedReadCorrectlyAndSaid() throws IOException {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, (HEADER + "\nC-1,Café crème,Tasse à café,12.00 EUR\n").getBytes(FeedCharset.WINDOWS_1252));

        ImportReport report = importFile(latin, ImportRequest.auto());

        assertThat(new CatalogService(db).find("C-1").orElseThrow().title()).isEqualTo("Café crème");
        assertThat(report.notes()).singleElement().asString().contains("not UTF-8").contains("Windows-1252");
        assertThat(count("SELECT count(*) FROM catalog_item WHERE title LIKE '%' || char(65533) || '%'"
                + " OR description LIKE '%' || char(65533) || '%'")).isZero();
    }

    @Test
    void aFileNamedUtf8ThatIsNotIsRefusedWithTheLineInsteadOfStoringReplacementCharacters() throws IOException {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, (HEADER + "\nC-1,Cafe,Tasse,12.00 EUR\nC-2,Café crème,Tasse,12.00 EUR\n")
                .getBytes(FeedCharset.WINDOWS_1252));
        assertThatThrownBy(() -> importFile(latin, ImportRequest.auto().withEncoding(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("Line 3 has bytes that are not UTF-8 text")
                .satisfies(e -> assertThat(((FeedException) e).remedy()).contains("--encoding windows-1252"));
        assertThat(new CatalogService(db).find("C-2")).isEmpty();
    }

    @Test
    void latinBytesPastTheFirst64KbAreRefusedNotGuessed() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; text.length() < 70_000; i++) {
            text.append("P-").append(i).append(",Plain ").append(i).append(",Plain,1.00 EUR\n");
        }
        byte[] ascii = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "Z-1,Café,Tasse,2.00 EUR\n".getBytes(FeedCharset.WINDOWS_1252);
        byte[] all = Arrays.copyOf(ascii, ascii.length + tail.length);
        System.arraycopy(tail, 0, all, ascii.length, tail.length);
        Path mixed = Files.write(dir.resolve("mixed.csv"), all);
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> importFile(mixed, ImportRequest.auto()))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("Line " + lines + " has bytes that are not UTF-8");
        assertThat(importFile(mixed, ImportRequest.auto().withEncoding(FeedCharset.WINDOWS_1252)).notes()).isEmpty();
        assertThat(new CatalogService(db).find("Z-1").orElseThrow().title()).isEqualTo("Café");
    }

    @Test
    void replacementCharactersAlreadyInTheFileAreSaid() throws IOException {
        Path damaged = Files.writeString(dir.resolve("damaged.csv"), HEADER + "\nD-1,Caf\uFFFD cr\uFFFDme,Tasse,3.00 EUR\n",
                StandardCharsets.UTF_8);
        ImportReport report = importFile(damaged, ImportRequest.auto());
        assertThat(report.notes()).singleElement().asString().contains("2 \"\uFFFD\"").contains("line 2");
    }
}
