package io.vitrine.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.item.Availability;
import io.vitrine.common.Problem;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's logic without a screen: edits, undo/redo runs, validation, save and schedule (jobs run inline). */
class PollBuilderViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    PollBuilderViewModel model;
    PollService polls;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("b.vitrine"), null);
        workspace.database().write(sql -> sql.update("INSERT INTO catalog_item(id, title, price_micros, currency, availability,"
                + " updated_at) VALUES ('CUSH-1', 'Linen cushion', 29000000, 'EUR', 'out_of_stock', 'x')"));
        new io.vitrine.brand.BrandProfiles(workspace.database()).create("Corner Shop", "cornershop", java.time.ZoneId.of("Europe/Paris"));
        polls = PollFeature.of(workspace).polls();
        model = new PollBuilderViewModel(polls, new CatalogService(workspace.database()), new ImageStore(workspace.database()),
                new InlineTaskExecutor(dialogs), dialogs);
        model.newPoll();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void typingIsOneUndoStepPerFieldAndRedoComesBack() {
        model.setQuestion("W");
        model.setQuestion("Wh");
        model.setQuestion("Which?");
        model.setOptionLabel(0, "Sage");
        assertThat(model.draftProperty().get().question()).isEqualTo("Which?");

        model.undo();
        assertThat(model.draftProperty().get().options().get(0).label()).isEmpty();
        assertThat(model.draftProperty().get().question()).isEqualTo("Which?");
        model.undo();
        assertThat(model.draftProperty().get().question()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
        model.redo();
        model.redo();
        assertThat(model.draftProperty().get().options().get(0).label()).isEqualTo("Sage");
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void structuralEditsRedrawTheFormAndAreTheirOwnSteps() {
        int revision = model.revisionProperty().get();
        model.addOption();
        model.addOption();
        model.addOption(); // a fifth is refused: four at most
        assertThat(model.draftProperty().get().options()).hasSize(4);
        assertThat(model.revisionProperty().get()).isEqualTo(revision + 2);
        model.setOptionLabel(3, "Last");
        model.moveOption(3, -1);
        assertThat(model.draftProperty().get().options().get(2).label()).isEqualTo("Last");
        model.undo();
        assertThat(model.draftProperty().get().options().get(3).label()).isEqualTo("Last");
        model.removeOption(0);
        assertThat(model.draftProperty().get().options()).hasSize(3);
    }

    @Test
    void problemsFollowTheDraftAndAPickedProductIsWarnedWhenOutOfStock() {
        assertThat(model.problems()).extracting(Problem::field).contains("question", "option.0", "option.1");
        model.setQuestion("Cushion or throw?");
        model.pickItem(0, new ItemSummary("CUSH-1", null, "Linen cushion", null, 29_000_000L, "EUR",
                Availability.OUT_OF_STOCK, 0, null, false));
        assertThat(model.draftProperty().get().options().get(0).label()).isEqualTo("Linen cushion");
        assertThat(model.problems()).filteredOn(p -> !p.isError()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("out of stock"));
        assertThat(model.problems()).filteredOn(Problem::isError).extracting(Problem::field)
                .doesNotContain("question", "option.0");
        assertThat(model.items()).containsKey("CUSH-1");
    }

    @Test
    void savingKeepsAnUnfinishedDraftAndSchedulingNeedsAFinishedOne() {
        List<Long> saved = new ArrayList<>();
        model.setOnSaved(saved::add);
        model.setQuestion("Half done");
        model.save();
        assertThat(saved).hasSize(1);
        long id = model.pollIdProperty().get();
        assertThat(polls.require(id).question()).isEqualTo("Half done");
        assertThat(model.dirtyProperty().get()).isFalse();

        model.schedule(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(dialogs.errors).singleElement().asString().contains("not scheduled").contains("needs a product");
        assertThat(polls.require(id).status()).isEqualTo(PublishState.DRAFT);

        model.pickItem(0, new ItemSummary("CUSH-1", null, "Linen cushion", null, 1, "EUR", Availability.IN_STOCK, 1, null, false));
        model.setOptionLabel(1, "Throw");
        model.schedule(Instant.parse("2026-12-01T09:00:00Z")); // option B still has no product or picture
        assertThat(dialogs.errors).hasSize(2);

        model.open(id);
        assertThat(model.draftProperty().get().question()).isEqualTo("Half done");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aDateAndHourAreScheduledInTheBrandsTimeZoneNotTheComputers() throws Exception {
        assertThat(model.zoneProperty().get()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
        model.setQuestion("Cushion or throw?");
        model.pickItem(0, new ItemSummary("CUSH-1", null, "Linen cushion", null, 1, "EUR", Availability.IN_STOCK, 1, null, false));
        model.useImage(1, io.vitrine.post.PostFixtures.photo(dir, "striped_throw.jpg", 300, 300));
        assertThat(model.draftProperty().get().options().get(1).label()).isEqualTo("Striped throw");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(30);
        model.schedule(day, 9);
        long id = model.pollIdProperty().get();
        assertThat(polls.require(id).status()).isEqualTo(PublishState.SCHEDULED);
        assertThat(polls.require(id).scheduledAt()).isEqualTo(day.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aLivePollIsNotEditedInTheBuilder() {
        long id = polls.saveDraft(null, PollDraft.blank().withQuestion("Live")).id();
        workspace.database().write(sql -> sql.update("UPDATE poll SET status = 'published' WHERE id = ?", id));
        model.open(id);
        model.setQuestion("Changed");
        assertThat(model.draftProperty().get().question()).isEqualTo("Live");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aPollThePlatformRejectedSaysWhyUntilItIsSentAgain() {
        long id = polls.saveDraft(null, PollDraft.blank().withQuestion("Is our lamp a miracle cure?")).id();
        workspace.database().write(sql -> sql.update("UPDATE poll SET status = 'failed', sync_error = ? WHERE id = ?",
                "Rejected by moderation: the question makes a prohibited health claim ('miracle cure').", id));
        model.open(id);
        assertThat(model.platformMessageProperty().get())
                .isEqualTo("Not published. Rejected by moderation: the question makes a prohibited health claim ('miracle cure').");

        model.newPoll();
        assertThat(model.platformMessageProperty().get()).isEmpty();
    }
}
