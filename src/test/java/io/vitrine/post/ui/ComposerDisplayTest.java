package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.BrandProfile;
import io.vitrine.common.EventBus;
import io.vitrine.common.Problem;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.TaskExecutor;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's rules for what it shows: which commands apply, counters, the schedule in two zones, failed checks. */
class ComposerDisplayTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PostFeature feature;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    ComposerViewModel model;
    ComposerDisplay display;

    @BeforeEach
    void setUp() {
        workspace = PostFixtures.workspace(dir.resolve("d.vitrine"));
        feature = PostFeature.of(workspace.database());
        model = new ComposerViewModel(feature, new InlineTaskExecutor(dialogs), dialogs, new EventBus(), AutosaveTimer.IMMEDIATE);
        display = model.display();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private BrandProfile brand() {
        return feature.brands().list().get(0);
    }

    @Test
    void aNewDraftCanBeScheduledOrSavedButNotDuplicatedOrArchived() {
        model.startNew(brand());
        assertThat(display.titleProperty().get()).isEqualTo("New post");
        assertThat(display.canScheduleProperty().get()).isTrue();
        assertThat(display.canSaveDraftProperty().get()).isTrue();
        assertThat(display.canSaveChangesProperty().get()).isFalse();
        assertThat(display.canUnscheduleProperty().get()).isFalse();
        assertThat(display.canDuplicateProperty().get()).isFalse();
        assertThat(display.canArchiveProperty().get()).isFalse();
        assertThat(display.pinHelpProperty().get()).isFalse(); // no photo to pin on yet
        assertThat(display.zoneProperty().get()).isEqualTo(PostFixtures.PARIS);
        assertThat(display.zones()).contains(PostFixtures.PARIS, ZoneId.of("UTC"));
        assertThat(display.scheduleLineProperty().get()).isEqualTo("Not scheduled: saved as a draft.");
    }

    @Test
    void aScheduledPostOffersSaveChangesAndBackToDraftsAndShowsItsTimeInUtcToo() throws Exception {
        model.startNew(brand());
        model.photos().addPhotos(List.of(PostFixtures.photo(dir, "a.jpg", 800, 800)));
        LocalDate day = LocalDate.now(PostFixtures.PARIS).plusDays(10);
        model.editSchedule(day, "18:30", PostFixtures.PARIS);
        assertThat(display.scheduleDateProperty().get()).isEqualTo(day);
        assertThat(display.scheduleTimeProperty().get()).isEqualTo("18:30");
        assertThat(display.scheduleLineProperty().get()).contains("  =  ").endsWith(" UTC");
        model.schedule();
        assertThat(display.titleProperty().get()).isEqualTo("Post #" + model.state().postProperty().get().id());
        assertThat(display.canScheduleProperty().get()).isFalse();
        assertThat(display.canSaveChangesProperty().get()).isTrue();
        assertThat(display.canUnscheduleProperty().get()).isTrue();
        assertThat(display.canDuplicateProperty().get()).isTrue();
        assertThat(display.canArchiveProperty().get()).isTrue();
        assertThat(display.pinHelpProperty().get()).isTrue();

        model.editSchedule(day, "18:30", ZoneId.of("America/New_York")); // the same wall time in another zone
        assertThat(display.zoneProperty().get()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(display.zones()).contains(ZoneId.of("America/New_York"), PostFixtures.PARIS);
    }

    @Test
    void theCountersSayWhenTheCaptionIsOverTheLimits() {
        model.startNew(brand());
        model.editCaption("Evenings, softer. #lighting #autumn with @maisonlumiere");
        assertThat(display.hashtagsProperty().get()).isEqualTo("2 / 30 hashtags");
        assertThat(display.mentionsProperty().get()).isEqualTo("1 mention");
        assertThat(display.tooManyHashtagsProperty().get()).isFalse();
        assertThat(display.charactersProperty().get()).endsWith("characters");
    }

    @Test
    void aRulesCheckThatCannotRunIsAnErrorNotACleanPost() {
        TaskExecutor failingChecks = new TaskExecutor() {
            private final InlineTaskExecutor inline = new InlineTaskExecutor(dialogs);

            @Override
            public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                return inline.submit(title, job, onSuccess, onFailure);
            }

            @Override
            public <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                                Consumer<Throwable> onFailure) {
                return inline.submitQuietly(failureTitle, progress -> {
                    throw new io.vitrine.common.VitrineException("The workspace is locked.", "Close the other studio.");
                }, onSuccess, onFailure);
            }

            @Override
            public void onFxThread(Runnable update) {
                update.run();
            }
        };
        ComposerViewModel failing = new ComposerViewModel(feature, failingChecks, dialogs, new EventBus(), AutosaveTimer.IMMEDIATE);
        failing.startNew(brand());
        failing.editCaption("Hello");
        assertThat(failing.state().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).startsWith("The post could not be checked: The workspace is locked.");
        });
        assertThat(failing.state().problems()).extracting(Problem::field).containsExactly("post");
    }
}
