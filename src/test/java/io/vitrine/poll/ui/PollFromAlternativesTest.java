package io.vitrine.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.scan.ScanFixture;
import io.vitrine.common.EventBus;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Make a poll from this item and its closest alternatives" on the scan fixture's catalog. */
class PollFromAlternativesTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PollBuilderViewModel model;
    PollFromAlternatives alternatives;

    @BeforeEach
    void setUp() throws Exception {
        workspace = ScanFixture.create(dir);
        new io.vitrine.brand.BrandProfiles(workspace.database()).create("Shop", "shop", java.time.ZoneId.of("UTC"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        InlineTaskExecutor tasks = new InlineTaskExecutor(dialogs);
        CatalogFeature catalog = CatalogFeature.of(workspace.database(), new EventBus());
        model = new PollBuilderViewModel(PollFeature.of(workspace).polls(), catalog.catalog(), new ImageStore(workspace.database()),
                tasks, dialogs);
        model.newPoll();
        alternatives = new PollFromAlternatives(model, io.vitrine.catalog.find.FindFeature.of(workspace.database(), catalog).similar(), tasks);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theFirstProductKeepsItsPlaceAndTheOthersBecomeItsClosestInStockAlternatives() {
        assertThat(alternatives.anchor()).isNull();
        ItemSummary sage = CatalogFeature.of(workspace.database(), new EventBus()).catalog().find("LUNE-SAGE").orElseThrow();
        model.pickItem(1, sage);
        assertThat(alternatives.anchor()).isEqualTo("LUNE-SAGE");

        alternatives.fill();

        assertThat(model.draftProperty().get().options()).extracting(PollDraft.OptionDraft::itemId)
                .startsWith("LUNE-SAGE", "LUNE-IVORY").hasSize(4).doesNotContain("LUNE-INK", "REMOVED-1");
    }
}
