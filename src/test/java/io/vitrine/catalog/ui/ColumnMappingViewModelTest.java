package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.item.Field;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing which column holds which field for a CSV whose headers say nothing to the importer. */
class ColumnMappingViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<ColumnMappingViewModel> read = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("m.vitrine"), null);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private ColumnMappingViewModel readGeneric(ColumnMapping start) {
        ColumnMappingViewModel.read(CatalogSamples.feature(workspace).imports(), new InlineTaskExecutor(dialogs),
                CatalogSamples.SAMPLES.resolve("generic.csv"), FeedFormat.CSV, null, start, read::add, failures::add);
        assertThat(failures).isEmpty();
        return read.get(read.size() - 1);
    }

    @Test
    void theFilesColumnsComeWithSamplesAndTheRequiredFieldsStillMissing() {
        ColumnMappingViewModel model = readGeneric(null);
        assertThat(model.headers()).contains("Référence", "Désignation", "Prix TTC");
        assertThat(model.samples("Référence")).contains("ML-PANIER-01");
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.completeProperty().get()).isFalse();
        assertThat(model.missingProperty().get()).startsWith("Still needed: ");
    }

    @Test
    void choosingTheRequiredColumnsCompletesTheMapping() {
        ColumnMappingViewModel model = readGeneric(null);
        model.choice("Référence").set(Field.ID);
        model.choice("Désignation").set(Field.TITLE);
        model.choice("Prix TTC").set(Field.PRICE);
        model.currencyProperty().set(" eur ");
        assertThat(model.missingProperty().get()).isEmpty();
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.chosenFields()).startsWith(Field.ID, Field.TITLE);
        assertThat(model.value(model.rows().get(0), Field.ID)).isEqualTo("ML-PANIER-01");

        ColumnMapping mapping = model.toMapping();
        assertThat(mapping.columns()).containsEntry("Référence", Field.ID).containsEntry("Prix TTC", Field.PRICE)
                .containsEntry("Désignation", Field.TITLE);
        assertThat(mapping.currency()).isEqualTo("EUR");
    }

    @Test
    void aMappingGivenToStartWithIsTheStartingChoice() {
        ColumnMappingViewModel model = readGeneric(new ColumnMapping(java.util.Map.of("Référence", Field.ID,
                "Désignation", Field.TITLE, "Prix TTC", Field.PRICE), ';', "EUR"));
        assertThat(model.choice("Prix TTC").get()).isEqualTo(Field.PRICE);
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.currencyProperty().get()).isEqualTo("EUR");
    }

    @Test
    void aFileThatCannotBeReadIsAFailureNotAModel() throws Exception {
        Path missing = dir.resolve("gone.csv");
        ColumnMappingViewModel.read(CatalogSamples.feature(workspace).imports(), new InlineTaskExecutor(dialogs), missing,
                FeedFormat.CSV, null, null, read::add, failures::add);
        assertThat(Files.exists(missing)).isFalse();
        assertThat(read).isEmpty();
        assertThat(failures).hasSize(1);
    }
}
