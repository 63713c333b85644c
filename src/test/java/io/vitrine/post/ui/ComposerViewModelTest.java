package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.PublishState;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EventBus;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's logic without a screen: limits, undo/redo, and autosave that survives a new app instance. */
class ComposerViewModelTest {
    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final EventBus events = new EventBus();

    private ComposerViewModel composer(Workspace workspace) {
        return new ComposerViewModel(PostFeature.of(workspace.database()), new InlineTaskExecutor(dialogs), dialogs, events,
                AutosaveTimer.IMMEDIATE);
    }

    private BrandProfile brand(Workspace workspace) {
        return PostFeature.of(workspace.database()).brands().list().get(0);
    }

    private ItemSummary item(Workspace workspace, String id) {
        return PostFeature.of(workspace.database()).catalog().find(id).orElseThrow();
    }

    @Test
    void aDraftBeingComposedSurvivesANewAppInstance() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        Path photo = PostFixtures.photo(dir, "a.jpg", 1000, 1250);
        long id;
        try (Workspace first = PostFixtures.workspace(file)) {
            ComposerViewModel model = composer(first);
            List<Long> changed = new ArrayList<>();
            events.subscribe(PostsChanged.class, e -> changed.add(e.postId()));
            model.startNew(brand(first));
            model.photos().addPhotos(List.of(photo));
            model.photos().dropPin(0.25, 0.5);
            model.photos().pickProduct(item(first, "LAMP-SAGE"));
            model.editCaption("Half-written caption #cosy");
            id = model.state().postProperty().get().id();
            assertThat(changed).contains(id);
            // the app is killed here: nothing was "saved" by hand
        }
        try (Workspace second = Workspace.open(file)) {
            ComposerViewModel model = composer(second);
            model.open(id);
            Post restored = model.state().postProperty().get();
            assertThat(restored.status()).isEqualTo(PublishState.DRAFT);
            assertThat(restored.caption()).isEqualTo("Half-written caption #cosy");
            assertThat(restored.images()).hasSize(1);
            assertThat(restored.tags()).singleElement().satisfies(t -> {
                assertThat(t.itemId()).isEqualTo("LAMP-SAGE");
                assertThat(t.x()).isEqualTo(0.25);
            });
            assertThat(model.state().items()).containsKey("LAMP-SAGE");
        }
    }

    @Test
    void unsavedEditsToAScheduledPostComeBackAfterACrashOneUndoAway() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        long id;
        try (Workspace first = PostFixtures.workspace(file)) {
            ComposerViewModel model = composer(first);
            model.startNew(brand(first));
            model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 800, 800)));
            model.editCaption("Launch day");
            model.editSchedule(LocalDate.now().plusDays(5), "10:00", PostFixtures.PARIS);
            model.schedule();
            assertThat(model.state().postProperty().get().status()).isEqualTo(PublishState.SCHEDULED);
            id = model.state().postProperty().get().id();
            model.editCaption("Launch day, with a new line I have not saved");
            assertThat(model.state().unsavedChangesProperty().get()).isTrue();
        }
        try (Workspace second = Workspace.open(file)) {
            assertThat(PostFeature.of(second.database()).posts().require(id).caption()).isEqualTo("Launch day");
            ComposerViewModel model = composer(second);
            model.open(id);
            assertThat(model.state().postProperty().get().caption()).isEqualTo("Launch day, with a new line I have not saved");
            assertThat(model.state().noticeProperty().get()).startsWith("Restored changes you had not saved");
            model.undo();
            assertThat(model.state().postProperty().get().caption()).isEqualTo("Launch day");
            model.redo();
            model.saveChanges();
            assertThat(PostFeature.of(second.database()).posts().require(id).caption())
                    .isEqualTo("Launch day, with a new line I have not saved");
            assertThat(PostFeature.of(second.database()).posts().unsavedChanges(id)).isEmpty();
        }
    }

    @Test
    void refusesASixthPinOnAPhotoAndSaysWhy() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"))) {
            ComposerViewModel model = composer(workspace);
            model.startNew(brand(workspace));
            model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 800, 800)));
            for (int i = 0; i < 5; i++) {
                model.photos().dropPin(0.1 + i * 0.1, 0.5);
                model.photos().pickProduct(item(workspace, "CUSH-LIN"));
            }
            model.photos().dropPin(0.9, 0.9);
            assertThat(model.state().pendingPinProperty().get()).isNull();
            assertThat(model.state().noticeProperty().get()).contains("already has 5 pins");
            assertThat(model.state().postProperty().get().tags()).hasSize(5);
        }
    }

    @Test
    void pinningAnOutOfStockProductWarnsButKeepsThePin() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"))) {
            ComposerViewModel model = composer(workspace);
            model.startNew(brand(workspace));
            model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 800, 800)));
            model.photos().dropPin(0.5, 0.5);
            model.photos().pickProduct(item(workspace, "LAMP-INK"));
            assertThat(model.state().postProperty().get().tags()).hasSize(1);
            assertThat(model.state().noticeProperty().get()).isEqualTo("Lune table lamp, ink (LAMP-INK) is out of stock;"
                    + " shoppers who tap the pin cannot buy it.");
            assertThat(model.state().problems()).anyMatch(p -> !p.isError() && p.message().contains("out of stock"));
        }
    }

    @Test
    void aFileThatIsNotAPhotoIsReportedAndTheOthersAreAdded() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"))) {
            ComposerViewModel model = composer(workspace);
            model.startNew(brand(workspace));
            Path notes = dir.resolve("notes.txt");
            java.nio.file.Files.writeString(notes, "shopping list");
            model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 400, 400), notes, PostFixtures.photo(dir, "b.jpg", 400, 500)));
            assertThat(model.state().postProperty().get().images()).hasSize(2);
            assertThat(model.state().noticeProperty().get()).contains("notes.txt is not a PNG, JPEG, GIF or WebP image");
        }
    }

    @Test
    void aPastedPictureBecomesAStoredPhoto() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"))) {
            ComposerViewModel model = composer(workspace);
            model.startNew(brand(workspace));
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
            model.photos().addPastedPicture(picture);
            Post post = model.state().postProperty().get();
            assertThat(post.images()).singleElement().satisfies(image -> {
                assertThat(image.width()).isEqualTo(640);
                assertThat(image.height()).isEqualTo(480);
            });
            assertThat(PostFeature.of(workspace.database()).images().find(post.images().get(0).imageSha256()))
                    .hasValueSatisfying(stored -> assertThat(stored.mimeType()).isEqualTo("image/png"));
        }
    }

    @Test
    void everyEditCanBeUndoneAndRedone() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"))) {
            ComposerViewModel model = composer(workspace);
            model.startNew(brand(workspace));
            model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 800, 600), PostFixtures.photo(dir, "b.jpg", 600, 800)));
            assertThat(model.state().selectedImageProperty().get()).isEqualTo(1); // the last photo added is in view
            model.photos().selectImage(0);
            model.photos().dropPin(0.5, 0.5);
            model.photos().pickProduct(item(workspace, "CUSH-LIN"));
            model.photos().nudgeTag(0, 0.01, 0);
            model.photos().cropTo(io.vitrine.post.AspectRatio.SQUARE);
            model.photos().movePhoto(0, 1);
            model.editInterests("home decor, lighting, Home Decor");
            Post done = model.state().postProperty().get();
            assertThat(done.interests()).containsExactly("home decor", "lighting");
            assertThat(done.tags().get(0).imagePosition()).isEqualTo(1);
            assertThat(model.state().undoTextProperty().get()).isEqualTo("Undo Interests");
            for (int i = 0; i < 7; i++) {
                model.undo(); // interests, reorder, crop, nudge, pin, 2 photos
            }
            assertThat(model.state().postProperty().get().images()).isEmpty();
            for (int i = 0; i < 7; i++) {
                model.redo();
            }
            assertThat(model.state().postProperty().get().images()).isEqualTo(done.images());
            assertThat(model.state().postProperty().get().tags()).isEqualTo(done.tags());
            // and what is stored follows: the last autosave wrote the redone state
            Post stored = PostFeature.of(workspace.database()).posts().require(done.id());
            assertThat(stored.tags()).isEqualTo(done.tags());
            assertThat(stored.updatedAt()).isAfter(Instant.EPOCH);
        }
    }
}
