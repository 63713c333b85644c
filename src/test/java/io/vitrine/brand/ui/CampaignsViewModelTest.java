package io.vitrine.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignsChanged;
import io.vitrine.common.EventBus;
import io.vitrine.post.PostFixtures;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.ShellStatus;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaigns screen without a screen: list with usage, the form, saving, refusing, deleting after a yes. */
class CampaignsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    BrandFeature brand;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final EventBus events = new EventBus();
    final ShellStatus status = new ShellStatus();
    final List<CampaignsChanged> changed = new ArrayList<>();
    CampaignsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = PostFixtures.workspace(dir.resolve("c.vitrine"));
        brand = BrandFeature.of(workspace.database());
        events.subscribe(CampaignsChanged.class, changed::add);
        model = new CampaignsViewModel(brand.campaigns(), id -> id * 10, new InlineTaskExecutor(dialogs), dialogs, events, status);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theListShowsEachCampaignWithHowManyPostsAndPollsItGroups() {
        model.reload();
        Campaign autumn = model.campaigns().get(0);
        assertThat(autumn.name()).isEqualTo("Autumn Nest");
        assertThat(model.usage(autumn)).isEqualTo(autumn.id() * 10);
        assertThat(model.canDeleteProperty().get()).isFalse();
        model.edit(autumn);
        assertThat(model.nameProperty().get()).isEqualTo("Autumn Nest");
        assertThat(model.startsOnProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(model.goalProperty().get()).isEmpty();
        assertThat(model.canDeleteProperty().get()).isTrue();
    }

    @Test
    void aNewCampaignIsSavedAndOneThatEndsBeforeItStartsIsRefusedUnderTheForm() {
        model.startNew();
        model.nameProperty().set("Winter Glow");
        model.startsOnProperty().set(LocalDate.of(2026, 12, 1));
        model.endsOnProperty().set(LocalDate.of(2026, 11, 28));
        model.save();
        assertThat(model.errorProperty().get()).contains("ends (2026-11-28) before it starts (2026-12-01)");
        assertThat(changed).isEmpty();

        model.endsOnProperty().set(LocalDate.of(2026, 12, 31));
        model.goalProperty().set("500 add-to-carts");
        model.save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.editingProperty().get()).isNotNull();
        assertThat(model.campaigns()).extracting(Campaign::name).containsExactly("Autumn Nest", "Winter Glow");
        assertThat(status.noticeProperty().get()).isEqualTo("Saved campaign Winter Glow");
        assertThat(changed).hasSize(1);
        assertThat(brand.campaigns().list()).filteredOn(c -> c.name().equals("Winter Glow"))
                .singleElement().extracting(Campaign::goal).isEqualTo("500 add-to-carts");
    }

    @Test
    void deletingAsksFirstAndEmptiesTheForm() {
        model.reload();
        model.edit(model.campaigns().get(0));
        dialogs.answerConfirm(false);
        model.delete();
        assertThat(brand.campaigns().list()).hasSize(1);

        dialogs.answerConfirm(true);
        model.delete();
        assertThat(brand.campaigns().list()).isEmpty();
        assertThat(model.campaigns()).isEmpty();
        assertThat(model.editingProperty().get()).isNull();
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(changed).hasSize(1);
    }
}
