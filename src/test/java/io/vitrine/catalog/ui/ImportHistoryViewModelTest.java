package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.ImportRun;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import history: newest first, and the selected import's report with its rejected rows. */
class ImportHistoryViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    ImportHistoryViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("h.vitrine"), null);
        model = new ImportHistoryViewModel(CatalogSamples.feature(workspace).history(), new InlineTaskExecutor(dialogs));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theNewestImportIsSelectedWithItsReport() throws Exception {
        CatalogSamples.importSample(workspace, "gmc.tsv");
        Path broken = Files.writeString(dir.resolve("broken.tsv"), "id\ttitle\tprice\tavailability\n"
                + "A-1\tGood lamp\t10.00 EUR\tin stock\n" + "\tNo id\t12.00 EUR\tin stock\n");
        CatalogSamples.feature(workspace).imports().importFeed(io.vitrine.catalog.feed.FeedSource.of(broken),
                io.vitrine.catalog.ImportRequest.auto(), io.vitrine.common.Progress.NONE);

        model.load();
        assertThat(model.history()).extracting(ImportRun::fileName).containsExactly("broken.tsv", "gmc.tsv");
        assertThat(model.selectedProperty().get().fileName()).isEqualTo("broken.tsv");
        assertThat(model.summaryProperty().get()).startsWith("2 read: 1 new").contains("1 rejected");
        assertThat(model.issues()).extracting(ImportViewModel.Issue::kind).contains("Rejected");

        model.select(model.history().get(1));
        assertThat(model.summaryProperty().get()).startsWith("7 read: 5 new").contains("2 rejected");
        assertThat(model.issues()).filteredOn(issue -> issue.kind().equals("Rejected")).hasSize(2);
        model.select(null);
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.issues()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void noImportYetIsAnEmptyHistory() {
        model.load();
        assertThat(model.history()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.summaryProperty().get()).isEmpty();
    }
}
