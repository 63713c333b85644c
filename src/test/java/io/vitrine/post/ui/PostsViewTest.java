package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.post.PostFixtures;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.FxWait;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Posts section over a real workspace file, as a brand manager would, and checks what was stored. */
class PostsViewTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    PostsView view;

    private PostsView start(Workspace ws) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setX(0);
            s.setY(0);
            s.setWidth(1280); // Monocle's headless screen is 1280x800: clicks beyond it are lost
            s.setHeight(800);
        });
        FxToolkit.setupSceneRoot(() -> {
            FxTaskExecutor tasks = new FxTaskExecutor(dialogs);
            view = new PostsView(ViewFixture.context(ws, tasks, dialogs));
            StackPane root = new StackPane(view.root());
            root.getStylesheets().add(Stylesheets.STUDIO);
            atlantafx.base.theme.Theme theme = new atlantafx.base.theme.PrimerLight();
            javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            return root;
        });
        FxToolkit.showStage();
        interact(view::onShow);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (view != null) {
            interact(view::dispose);
        }
        FxToolkit.cleanupStages();
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void composesAPostWithTwoPinsAndSchedulesIt() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"));
        dialogs.answerFile(PostFixtures.photo(dir, "living-room.jpg", 1200, 1500));
        start(workspace);

        clickOn("#newPostButton");
        FxWait.until(() -> lookup("#addPhotoButton").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#addPhotoButton");
        TagPinCanvas canvas = lookup("#" + TagPinCanvas.ID).queryAs(TagPinCanvas.class);
        FxWait.until(() -> canvas.getChildrenUnmodifiable().get(0).isVisible()
                && ((javafx.scene.image.ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage() != null);

        Snapshots.save(view.root(), "composer-photo");
        pin(canvas, 0.30, 0.40, "sand", "Lune table lamp, sand");
        pin(canvas, 0.70, 0.65, "linen", "Linen cushion");
        FxWait.until(() -> lookup("#tagPin1").tryQuery().isPresent());

        reveal("#captionArea");
        clickOn("#captionArea").write("Evenings, softer. #lighting #autumn with @maisonlumiere");
        assertThat(lookup("#hashtagCount").queryLabeled().getText()).isEqualTo("2 / 30 hashtags");
        assertThat(lookup("#mentionCount").queryLabeled().getText()).isEqualTo("1 mention");

        LocalDate day = LocalDate.now(PostFixtures.PARIS).plusDays(10);
        reveal("#scheduleButton");
        javafx.scene.control.DatePicker scheduleDate = lookup("#scheduleDate").queryAs(javafx.scene.control.DatePicker.class);
        clickOn("#scheduleDate").write(scheduleDate.getConverter().toString(day)).type(KeyCode.ENTER);
        doubleClickOn("#scheduleTime").write("18:30").type(KeyCode.ENTER);
        clickOn("#scheduleButton");

        FxWait.until(() -> "scheduled".equals(scalarText("SELECT status FROM post")));
        Map<String, Object> post = workspace.database().read(sql -> sql.one("SELECT caption, scheduled_at, schedule_time_zone,"
                + " brand_id FROM post", row -> Map.<String, Object>of("caption", row.getString(1), "at", row.getString(2),
                "zone", row.getString(3), "brand", row.getLong(4)))).orElseThrow();
        assertThat(post.get("caption")).isEqualTo("Evenings, softer. #lighting #autumn with @maisonlumiere");
        assertThat(post.get("at")).isEqualTo(ZonedDateTime.of(day.atTime(18, 30), PostFixtures.PARIS).toInstant().toString());
        assertThat(post.get("zone")).isEqualTo("Europe/Paris");
        assertThat(workspace.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post_image"))).isEqualTo(1L);
        List<double[]> tags = workspace.database().read(sql -> sql.list("SELECT x, y, image_position FROM post_tag ORDER BY id",
                row -> new double[] {row.getDouble(1), row.getDouble(2), row.getInt(3)}));
        List<String> items = workspace.database().read(sql -> sql.list("SELECT item_id FROM post_tag ORDER BY id", row -> row.getString(1)));
        assertThat(items).containsExactly("LAMP-SAND", "CUSH-LIN");
        assertThat(tags.get(0)[0]).isCloseTo(0.30, within(0.01));
        assertThat(tags.get(0)[1]).isCloseTo(0.40, within(0.01));
        assertThat(tags.get(1)[0]).isCloseTo(0.70, within(0.01));
        assertThat(tags.get(1)[1]).isCloseTo(0.65, within(0.01));
        assertThat(dialogs.errors).isEmpty();
        Snapshots.save(view.root(), "composer-scheduled");
        // the list shows it as scheduled
        FxWait.until(() -> lookup("#postList").queryAs(ListView.class).getItems().size() == 1);
    }

    @Test
    void aDraftBeingComposedSurvivesClosingTheAppAndOpensWithItsPinsInThePreview() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        workspace = PostFixtures.workspace(file);
        dialogs.answerFile(PostFixtures.photo(dir, "corner.jpg", 1000, 1000));
        start(workspace);
        TagPinCanvas canvas = newPostWithItsPhoto();
        pin(canvas, 0.5, 0.5, "ink", "Lune table lamp, ink");
        assertThat(lookup("#noticeLabel").queryLabeled().getText()).contains("out of stock");
        reveal("#captionArea");
        clickOn("#captionArea").write("Not saved by hand #draft");
        // autosave runs shortly after the last keystroke; then the app goes away without a save
        FxWait.until(() -> "Not saved by hand #draft".equals(scalarText("SELECT caption FROM post")));
        interact(view::dispose);
        FxToolkit.cleanupStages();
        view = null;
        workspace.close();

        workspace = Workspace.open(file);
        start(workspace);
        FxWait.until(() -> lookup("#postList").queryAs(ListView.class).getItems().size() == 1);
        clickOn("Not saved by hand #draft");
        FxWait.until(() -> lookup("#tagPin0").tryQuery().isPresent());
        assertThat(lookup(".tag-pin-title").queryLabeled().getText()).isEqualTo("Lune table lamp, ink");
        assertThat(lookup("#captionArea").queryTextInputControl().getText()).isEqualTo("Not saved by hand #draft");
        // the phone preview: dark, and a tap on the shopping dot opens the product sheet
        clickOn("#darkPreviewToggle");
        clickOn(".feed-shop-dot");
        FxWait.until(() -> lookup("#" + ProductSheet.ID).query().isVisible());
        assertThat(lookup(".feed-sheet-title").queryLabeled().getText()).isEqualTo("Lune table lamp, ink");
        assertThat(lookup("#productSheetBuy").queryButton().isDisabled()).isTrue(); // out of stock: nothing to buy
        assertThat(lookup("#" + FeedPreview.ID).query().getStyleClass()).contains("feed-dark");
        Snapshots.save(view.root(), "composer-reopened-dark-preview");

        // the keyboard moves and deletes the pin; Undo brings it back
        clickOn("#tagPin0");
        type(KeyCode.RIGHT);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        FxWait.until(() -> "0.51,0.55".equals(scalarText("SELECT round(x, 2) || ',' || round(y, 2) FROM post_tag")));
        type(KeyCode.DELETE);
        FxWait.until(() -> lookup("#tagPin0").tryQuery().isEmpty());
        FxWait.until(() -> scalarText("SELECT count(*) FROM post_tag").equals("0"));
        clickOn("#undoButton");
        FxWait.until(() -> scalarText("SELECT count(*) FROM post_tag").equals("1"));
        assertThat(lookup("#redoButton").queryButton().getAccessibleText()).isEqualTo("Redo Remove pin");
    }

    @Test
    void photosAreReorderedWithTheKeyboardAndCroppedWithoutMovingPins() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"));
        dialogs.answerFile(PostFixtures.photo(dir, "first.jpg", 1200, 800));
        dialogs.answerFile(PostFixtures.photo(dir, "second.jpg", 800, 1000));
        start(workspace);
        clickOn("#newPostButton");
        FxWait.until(() -> lookup("#addPhotoButton").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#addPhotoButton");
        FxWait.until(() -> lookup("#carouselPhoto0").tryQuery().isPresent());
        clickOn("#addPhotoButton");
        FxWait.until(() -> lookup("#carouselPhoto1").tryQuery().isPresent());
        clickOn("#carouselPhoto0");
        TagPinCanvas canvas = lookup("#" + TagPinCanvas.ID).queryAs(TagPinCanvas.class);
        FxWait.until(() -> ((javafx.scene.image.ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage() != null
                && ((javafx.scene.image.ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage().getWidth() == 1200);
        pin(canvas, 0.5, 0.5, "cushion", "Linen cushion");
        clickOn("#cropSquare");
        // the square crop of a 3:2 photo shows its middle; the pin is still on the same point of the photo
        FxWait.until(() -> "1:1".equals(view.composer().model().state().postProperty().get().images().get(0).aspect().code()));
        clickOn("#carouselPhoto0");
        press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        FxWait.until(() -> "1".equals(scalarText("SELECT image_position FROM post_tag")));
        assertThat(scalarText("SELECT aspect || ' ' || round(crop_x, 4) || ' ' || round(crop_w, 4) FROM post_image WHERE position = 1"))
                .isEqualTo("1:1 0.1667 0.6667");
        assertThat(scalarText("SELECT x || ',' || y FROM post_tag")).startsWith("0.5");
    }

    @Test
    void pinsCloseTogetherNeverHideEachOther() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("shop.vitrine"));
        dialogs.answerFile(PostFixtures.photo(dir, "shelf.jpg", 1200, 1500));
        start(workspace);
        TagPinCanvas canvas = newPostWithItsPhoto();

        // the left pin's label, on its usual right-hand side, would run over the right pin
        pin(canvas, 0.34, 0.51, "linen", "Linen cushion");
        pin(canvas, 0.20, 0.50, "sand", "Lune table lamp, sand");
        clickOn(lookup("#tagPin0 .tag-pin-dot").<Node>query()); // the selected pin's label is shown whatever it covers
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> pins = new java.util.ArrayList<>(lookup(".tag-pin").queryAll());
        assertThat(pins).hasSize(2);
        for (Node pin : pins) {
            Node bubble = pin.lookup(".tag-pin-bubble");
            if (bubble == null || !bubble.isVisible()) {
                continue; // only its dot: the tag list names it
            }
            javafx.geometry.Bounds label = bubble.localToScreen(bubble.getBoundsInLocal());
            for (Node other : pins) {
                if (other == pin) {
                    continue;
                }
                Node dot = other.lookup(".tag-pin-dot");
                assertThat(label.intersects(dot.localToScreen(dot.getBoundsInLocal())))
                        .as("%s's label covers %s's dot", pin.getId(), other.getId()).isFalse();
                Node otherBubble = other.lookup(".tag-pin-bubble");
                if (otherBubble != null && otherBubble.isVisible()) {
                    assertThat(label.intersects(otherBubble.localToScreen(otherBubble.getBoundsInLocal())))
                            .as("%s's label covers %s's label", pin.getId(), other.getId()).isFalse();
                }
            }
        }
        Snapshots.save(view.root(), "composer-close-pins");
    }

    /** New post, Add photos (the dialog answers with the photo the test queued), and the photo on the canvas. */
    private TagPinCanvas newPostWithItsPhoto() {
        clickOn("#newPostButton");
        FxWait.until(() -> lookup("#addPhotoButton").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#addPhotoButton");
        TagPinCanvas canvas = lookup("#" + TagPinCanvas.ID).queryAs(TagPinCanvas.class);
        FxWait.until(() -> ((javafx.scene.image.ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage() != null);
        return canvas;
    }

    /** Clicks the photo at x,y (fractions of the photo), types in the product picker and takes the first match. */
    private void pin(TagPinCanvas canvas, double x, double y, String query, String title) {
        Point2D at = canvas.localToScreen(canvas.pointOf(x, y));
        clickOn(at);
        FxWait.until(() -> lookup("#pickerBox").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#" + ProductPicker.FIELD_ID).write(query);
        FxWait.until(() -> lookup("#" + ProductPicker.RESULTS_ID).tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty() && n.getScene().getWindow().isShowing()).orElse(false));
        type(KeyCode.ENTER);
        // the pin list names it (the pin's own label may give way to a neighbour)
        FxWait.until(() -> lookup(".pin-list-title").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().startsWith(title + "  ·")));
    }

    /** Scrolls the composer so a control is in view, as a person would with the wheel. */
    private void reveal(String query) {
        Node node = lookup(query).query();
        javafx.scene.control.ScrollPane scroll = lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> {
            javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewHeight = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 60) / Math.max(1, contentHeight - viewHeight))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String scalarText(String query) {
        return workspace.database().read(sql -> sql.text(query)).orElse(null);
    }

}
