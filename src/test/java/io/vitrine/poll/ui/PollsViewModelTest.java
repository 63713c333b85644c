package io.vitrine.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.poll.PollSummary;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The polls list: refreshing keeps the selection, duplicating selects the copy, deleting asks first. */
class PollsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PollService polls;
    long first;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    PollsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("p.vitrine"), null);
        first = PollVotes.on(workspace).votes(12, 0, PollVotes.FR).pollId();
        polls = PollFeature.of(workspace).polls();
        model = new PollsViewModel(polls, new InlineTaskExecutor(dialogs), dialogs);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theListSelectsTheFirstPollThenKeepsWhatWasSelected() {
        model.refresh(null);
        assertThat(model.summaries()).singleElement().satisfies(p -> {
            assertThat(p.question()).isEqualTo("Which glass?");
            assertThat(p.votes()).isEqualTo(12);
        });
        assertThat(model.selectedProperty().get().id()).isEqualTo(first);
    }

    @Test
    void duplicatingAPollListsAndSelectsTheCopy() {
        model.refresh(null);
        model.duplicate(model.selectedProperty().get());
        assertThat(model.summaries()).hasSize(2);
        assertThat(model.selectedProperty().get().id()).isNotEqualTo(first);
        assertThat(model.selectedProperty().get().question()).isEqualTo("Which glass?");
        assertThat(model.selectedProperty().get().votes()).isZero();
    }

    @Test
    void deletingAsksFirstAndANoKeepsThePoll() {
        model.refresh(null);
        PollSummary poll = model.selectedProperty().get();
        dialogs.answerConfirm(false);
        model.delete(poll);
        assertThat(polls.list()).hasSize(1);

        dialogs.answerConfirm(true);
        model.delete(poll);
        assertThat(polls.list()).isEmpty();
        assertThat(model.summaries()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }
}
