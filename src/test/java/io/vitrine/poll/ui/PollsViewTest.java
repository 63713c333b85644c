package io.vitrine.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.poll.Poll;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.poll.PollSummary;
import io.vitrine.poll.SegmentResult;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brand manager builds a poll in the real Polls section (products from the catalog, a custom design,
 * undo), saves and schedules it; votes arrive; a marketer reads the results, by segment, searches the
 * comments and exports the view as PNG.
 */
class PollsViewTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;
    PollsView view;
    final ViewFixture fixture = new ViewFixture();

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        workspace.close();
    }

    @Test
    void buildsAPollAndReadsItsResults() throws Exception {
        workspace = Workspace.create(dir.resolve("polls.vitrine"), "Maison");
        workspace.database().write(sql -> {
            String insert = "INSERT INTO catalog_item(id, title, price_micros, currency, availability, updated_at)"
                    + " VALUES (?, ?, ?, 'EUR', ?, '2026-11-01T00:00:00Z')";
            sql.update(insert, "LAMP-AMBER", "Lune lamp amber", 89_000_000L, "in_stock");
            sql.update(insert, "LAMP-SMOKE", "Lune lamp smoke", 89_000_000L, "out_of_stock");
            return null;
        });
        new io.vitrine.brand.BrandProfiles(workspace.database()).create("Corner Shop", "cornershop", java.time.ZoneId.of("Europe/Paris"));
        Path design = dir.resolve("stripes.png");
        ImageIO.write(new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB), "png", design.toFile());
        Path png = dir.resolve("results.png");
        view = fixture.show(workspace, PollsView::new, 1400, 900);
        ScriptedDialogs dialogs = fixture.dialogs.answerFile(design).answerFile(png);

        // ---- build: question, a product, another product (out of stock: warned), a custom design
        clickOn("#newPollButton");
        clickOn("#questionField").write("Which lamp for the window?");
        pickProduct(0, "amber");
        pickProduct(1, "smoke");
        waitFor(() -> problems().stream().anyMatch(t -> t.contains("out of stock")));
        clickOn("#addOptionButton");
        clickOn("#optionCustom2");
        clickOn("#optionImageButton2");
        waitFor(() -> lookup("#optionLabel2").queryTextInputControl().getText().equals("Stripes"));
        doubleClickOn("#optionLabel2").eraseText(7).write("Striped shade");

        // undo the last typing, then redo it
        clickOn("#undoButton");
        assertThat(lookup("#optionLabel2").queryTextInputControl().getText()).isEqualTo("Stripes");
        clickOn("#redoButton");
        assertThat(lookup("#optionLabel2").queryTextInputControl().getText()).isEqualTo("Striped shade");
        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT); // the same with the keyboard
        waitFor(() -> lookup("#optionLabel2").queryTextInputControl().getText().equals("Stripes"));
        press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitFor(() -> lookup("#optionLabel2").queryTextInputControl().getText().equals("Striped shade"));
        assertThat(lookup("#previewQuestion").queryAs(Label.class).getText()).isEqualTo("Which lamp for the window?");
        screenshot("builder");

        clickOn("#saveDraftButton");
        PollService polls = PollFeature.of(workspace).polls();
        waitFor(() -> polls.list().size() == 1);
        Poll saved = polls.require(polls.list().get(0).id());
        assertThat(saved.question()).isEqualTo("Which lamp for the window?");
        assertThat(saved.options()).extracting(o -> o.label()).containsExactly("Lune lamp amber", "Lune lamp smoke", "Striped shade");
        assertThat(saved.options().get(2).imageSha256()).isNotNull();
        clickOn("#scheduleButton");
        waitFor(() -> polls.require(saved.id()).status() == PublishState.SCHEDULED);

        // ---- the poll goes out and votes come back (as the sync engine would store them)
        workspace.database().write(sql -> sql.update("UPDATE poll SET status = 'published', published_at = ? WHERE id = ?",
                "2026-11-20T09:00:00Z", saved.id()));
        storeVotes(saved.id());
        interact(view::onShow);
        waitFor(() -> lookup("#pollList").queryListView().getItems().stream()
                .anyMatch(p -> ((PollSummary) p).votes() == 1000));
        Node list = lookup("#pollList").query();
        clickOn(from(list).lookup(".poll-cell-question").queryAs(Label.class));

        // ---- results
        waitFor(() -> lookup("#verdictLabel").queryAs(Label.class).getText().startsWith("Lune lamp amber leads"));
        assertThat(lookup("#verdictLabel").queryAs(Label.class).getText()).contains("1,000 votes");
        assertThat(lookup("#voteBars").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(3);
        assertThat(lookup("#gaugePercent").queryAs(Label.class).getText()).isEqualTo(">99%");
        screenshot("results-top");
        List<Node> reversed = new ArrayList<>(lookup(".segment-reversed").queryAll());
        // the German voters are also the only 35-44s and the only returning visitors: all three segments reverse
        assertThat(reversed).extracting(row -> ((SegmentResult) ((TableRow<?>) row).getItem()).segment().describe())
                .containsExactlyInAnyOrder("Region DE", "Age 35-44", "Returning visitors");
        // seven rows (one interest, two regions, two ages, new and returning), and every call is weighed against all of them
        assertThat(lookup("#segmentNote").queryAs(Label.class).getText()).isEqualTo("Segment calls adjusted for 7 segments (Holm).");
        interact(() -> lookup("#resultsScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1)); // scroll down
        ListView<?> comments = lookup("#commentList").queryListView();
        assertThat(comments.getItems()).hasSize(3);
        clickOn("#commentSearch").write("window");
        waitFor(() -> comments.getItems().size() == 1);
        screenshot("results");

        // a segment's own results: Germany prefers the smoked lamp
        doubleClickOn("Region DE");
        waitFor(() -> lookup("#verdictLabel").queryAs(Label.class).getText().startsWith("Lune lamp smoke leads"));

        clickOn("#exportPngButton");
        waitFor(() -> Files.exists(png) && Files.size(png) > 0);
        BufferedImage exported = ImageIO.read(png.toFile());
        assertThat(exported.getWidth()).isGreaterThan(600);
        assertThat(dialogs.errors).isEmpty();
    }

    private void pickProduct(int option, String typed) {
        Node editor = lookup("#optionEditor" + option).query();
        Node field = from(editor).lookup("#productPickerField").query();
        clickOn(field).write(typed);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        type(KeyCode.ENTER);
        waitFor(() -> !lookup("#optionLabel" + option).queryTextInputControl().getText().isBlank());
    }

    private List<String> problems() {
        return lookup(".poll-problem-warning").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void storeVotes(long pollId) {
        List<EngagementEvent> events = new ArrayList<>();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        Segment france = new Segment("lighting", "FR", "25-34", false);
        Segment germany = new Segment("lighting", "DE", "35-44", true);
        int[][] plan = {{520, 0}, {180, 1}, {100, 2}, {40, 0}, {140, 1}, {20, 2}}; // first three rows France, then Germany
        int n = 0;
        for (int row = 0; row < plan.length; row++) {
            for (int i = 0; i < plan[row][0]; i++) {
                events.add(new EngagementEvent("v" + (n++), EventType.VOTE, t.plusSeconds(n * 60L), null, pollId, plan[row][1],
                        null, null, null, null, row < 3 ? france : germany));
                events.add(new EngagementEvent("i" + n, EventType.IMPRESSION, t.plusSeconds(n * 60L), null, pollId, n % 3,
                        null, null, null, null, france));
            }
        }
        String[] texts = {"Amber would glow in our window", "Smoke feels modern", "Stripes are fun"};
        for (int i = 0; i < texts.length; i++) {
            events.add(new EngagementEvent("c" + i, EventType.COMMENT, t.plusSeconds(i), null, pollId, null, null, null, null,
                    texts[i], germany));
        }
        new EngagementRepository(workspace.database()).store(events);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException stillBuilding) {
                    return false; // the node may not be on screen yet
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            screenshot("failure");
            throw new AssertionError("Timed out waiting on the screen", e);
        }
        WaitForAsyncUtils.waitForFxEvents(); // let follow-up work (thumbnails, validation) settle before the next action
    }

    private void screenshot(String name) {
        Snapshots.save(view.root().getScene(), "polls-" + name);
    }
}
