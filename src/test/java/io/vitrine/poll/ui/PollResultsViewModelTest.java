package io.vitrine.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.poll.AudienceSegment;
import io.vitrine.poll.PollComment;
import io.vitrine.poll.PollFeature;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results screen's state without a screen: everyone, one audience, the minimum votes, comments, PNG export. */
class PollResultsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PollVotes poll;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    PollResultsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("r.vitrine"), null);
        poll = PollVotes.on(workspace).votes(300, 0, PollVotes.FR).votes(100, 1, PollVotes.FR).votes(40, 0, PollVotes.DE)
                .votes(120, 1, PollVotes.DE).comment("Amber looks warmer", PollVotes.FR).comment("Smoked, definitely", PollVotes.DE);
        model = new PollResultsViewModel(PollFeature.of(workspace).results(), new InlineTaskExecutor(dialogs), dialogs);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void showingAPollReadsEveryonesVotesOffersItsAudiencesAndListsItsComments() {
        model.show(poll.pollId());
        assertThat(model.pollId()).isEqualTo(poll.pollId());
        assertThat(model.resultsProperty().get().statistics().totalVotes()).isEqualTo(560);
        assertThat(model.resultsProperty().get().scope()).isEmpty();
        assertThat(model.audienceProperty().get()).isEqualTo(PollResultsViewModel.EVERYONE);
        assertThat(model.audiences()).first().isEqualTo(PollResultsViewModel.EVERYONE);
        assertThat(model.audiences()).hasSizeGreaterThan(2);
        assertThat(model.comments()).extracting(PollComment::text).containsExactlyInAnyOrder("Amber looks warmer", "Smoked, definitely");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void choosingAnAudienceReadsItsVotesOnlyAndKeepsTheChoices() {
        model.show(poll.pollId());
        Optional<AudienceSegment> germany = model.audiences().stream()
                .filter(a -> a.isPresent() && a.get().value().equals("DE")).findFirst().orElseThrow();
        int choices = model.audiences().size();
        model.audienceProperty().set(germany);
        assertThat(model.resultsProperty().get().scope()).containsExactly(germany.get());
        assertThat(model.resultsProperty().get().statistics().totalVotes()).isEqualTo(160);
        assertThat(model.audiences()).hasSize(choices);
    }

    @Test
    void theMinimumVotesIsKeptInTheWorkspace() {
        model.show(poll.pollId());
        model.minVotesProperty().set(2000);
        assertThat(PollFeature.of(workspace).results().minVotes()).isEqualTo(2000);
        assertThat(model.resultsProperty().get().settings().minVotes()).isEqualTo(2000);
    }

    @Test
    void aSearchKeepsTheCommentsWithEveryWord() {
        model.show(poll.pollId());
        model.searchComments("amber warmer");
        assertThat(model.commentQuery()).isEqualTo("amber warmer");
        assertThat(model.comments()).extracting(PollComment::text).containsExactly("Amber looks warmer");
    }

    @Test
    void aPictureOfTheResultsIsWrittenWholeOrNotAtAll() throws Exception {
        Path target = dir.resolve("results.png");
        boolean[] done = {false};
        model.exportPng(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), target, () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(Files.size(target)).isPositive();
        assertThat(dir.resolve("results.png.part")).doesNotExist();

        model.exportPng(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), dir.resolve("no-such-folder").resolve("x.png"),
                () -> { });
        assertThat(dialogs.errors).singleElement().asString().startsWith("The picture could not be saved");
    }
}
