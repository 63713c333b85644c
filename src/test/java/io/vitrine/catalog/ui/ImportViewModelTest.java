package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's logic without a screen: format detection, the import and its report, asking for columns. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    CatalogFeature feature;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<List<String>> askedForColumns = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    ImportViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("i.vitrine"), null);
        feature = CatalogSamples.feature(workspace);
        model = new ImportViewModel(feature.imports(), feature.sources(), new InlineTaskExecutor(dialogs));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void choosingAFileDetectsItsFormatAndNamesTheSourceAfterIt() {
        model.fileProperty().set(CatalogSamples.SAMPLES.resolve("gmc.tsv").toString());
        assertThat(model.detectedProperty().get()).isEqualTo("Looks like: " + FeedFormat.GMC_TSV.label());
        assertThat(model.effectiveFormat()).isEqualTo(FeedFormat.GMC_TSV);
        assertThat(model.sourceNameProperty().get()).isEqualTo("gmc.tsv");
        assertThat(model.canStartProperty().get()).isTrue();

        model.sourceNameProperty().set("Spring feed"); // typed by the person: another file keeps it
        model.fileProperty().set(CatalogSamples.SAMPLES.resolve("meta.csv").toString());
        assertThat(model.sourceNameProperty().get()).isEqualTo("Spring feed");
    }

    @Test
    void anImportEndsWithItsReportAndTheFeedIsOfferedNextTime() {
        model.fileProperty().set(CatalogSamples.SAMPLES.resolve("gmc.tsv").toString());
        model.start(askedForColumns::add, errors::add);
        assertThat(errors).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.reportProperty().get().imported()).isPositive();
        assertThat(model.statusProperty().get()).startsWith("Imported in");
        assertThat(feature.catalog().itemCount()).isEqualTo(model.reportProperty().get().imported());

        ImportViewModel next = new ImportViewModel(feature.imports(), feature.sources(), new InlineTaskExecutor(dialogs));
        next.loadSources();
        assertThat(next.sources()).containsExactly("gmc.tsv");
    }

    @Test
    void aFileThatLooksCutOffKeepsItsItemsSaysSoAndTheBoxAppliesTheRemovals() throws Exception {
        StringBuilder whole = new StringBuilder("id,title,price\n");
        for (int i = 0; i < 100; i++) {
            whole.append("L-").append(i).append(",Lamp ").append(i).append(",10.00 EUR\n");
        }
        Path feed = java.nio.file.Files.writeString(dir.resolve("lamps.csv"), whole);
        model.fileProperty().set(feed.toString());
        model.start(askedForColumns::add, errors::add);
        java.nio.file.Files.writeString(feed, whole.substring(0, whole.length() / 2));

        model.start(askedForColumns::add, errors::add);
        assertThat(model.reportProperty().get().removed()).isZero();
        assertThat(ImportViewModel.flagsText(model.reportProperty().get())).contains("may be cut off")
                .contains("\"Mark missing items removed\"");

        model.acceptRemovalsProperty().set(true);
        model.start(askedForColumns::add, errors::add);
        assertThat(model.reportProperty().get().removed()).isBetween(45L, 55L);
        assertThat(errors).isEmpty();
    }

    @Test
    void aCsvWithUnknownHeadersAsksForItsColumnsAndChangesNothing() {
        model.fileProperty().set(CatalogSamples.SAMPLES.resolve("generic.csv").toString());
        model.start(askedForColumns::add, errors::add);
        assertThat(errors).isEmpty();
        assertThat(askedForColumns).singleElement().asList().contains("Référence", "Prix TTC");
        assertThat(model.statusProperty().get()).isEqualTo("Choose which columns hold the id, title and price.");
        assertThat(model.reportProperty().get()).isNull();
        assertThat(feature.catalog().itemCount()).isZero();
    }

    @Test
    void aFileThatIsNotThereFailsAndSaysNothingChanged() {
        model.fileProperty().set(dir.resolve("missing.tsv").toString());
        model.start(askedForColumns::add, errors::add);
        assertThat(errors).hasSize(1);
        assertThat(model.statusProperty().get()).isEqualTo("Import failed: nothing was changed.");
        assertThat(model.runningProperty().get()).isFalse();
    }
}
