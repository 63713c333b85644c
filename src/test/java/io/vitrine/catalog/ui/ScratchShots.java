package io.vitrine.catalog.ui;

import io.vitrine.common.EventBus;
import io.vitrine.demo.DemoWorkspace;
import io.vitrine.ui.FxDialogService;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.Stylesheets;
import io.vitrine.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ScratchShots extends FxRobot {
    static void shot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/catspike/" + name + ".png"));
    }

    @Test
    void shots() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("shots");
        Workspace workspace = DemoWorkspace.generate(dir.resolve("demo.vitrine"), 1, Instant.now());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FxDialogService dialogs = new FxDialogService(() -> stage);
            FxTaskExecutor tasks = new FxTaskExecutor(dialogs);
            CatalogView view = new CatalogView(new StudioContext(workspace, tasks, dialogs, new EventBus(), new ShellStatus()));
            StackPane root = new StackPane(view.root());
            root.getStylesheets().add(Stylesheets.STUDIO);
            view.onShow();
            return root;
        });
        FxToolkit.setupStage(s -> { s.setWidth(1280); s.setHeight(800); });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#countLabel").queryLabeled().getText().contains("products"));
        Thread.sleep(1500);
        shot(stage.getScene(), "s1-catalog");
        @SuppressWarnings("unchecked") TableView<CatalogRow> table = lookup("#catalogTable").queryAs(TableView.class);
        clickOn("#expand-1");
        Thread.sleep(800);
        clickOn(lookup(".item-title").nth(4).queryLabeled());
        Thread.sleep(1200);
        shot(stage.getScene(), "s2-expanded-detail");
        clickOn("#searchField").write("lin");
        Thread.sleep(1200);
        shot(stage.getScene(), "s3-search");
        clickOn("#clearFiltersButton");
        clickOn("#importButton");
        Thread.sleep(800);
        Window dialog = Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        clickOn("#importFileField").write(Path.of("resources/samples/gmc-rss.xml").toAbsolutePath().toString());
        Thread.sleep(800);
        clickOn("#startImportButton");
        Thread.sleep(2500);
        shot(dialog.getScene(), "s4-import-report");
        clickOn("#closeImportButton");
        clickOn("#historyButton");
        Thread.sleep(1500);
        Window history = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        shot(history.getScene(), "s5-history");
        clickOn("#closeHistoryButton");
        clickOn("#importButton");
        Thread.sleep(800);
        Window dialog2 = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        clickOn("#importFileField").write(Path.of("resources/samples/generic.csv").toAbsolutePath().toString());
        Thread.sleep(800);
        clickOn("#startImportButton");
        Thread.sleep(2000);
        Window mapping = Window.getWindows().stream().filter(w -> w != stage && w != dialog2 && w.isShowing()).findFirst().orElseThrow();
        clickOn("#mapping-0").clickOn("id (required)");
        clickOn("#mapping-1").clickOn("title (required)");
        clickOn("#mapping-3").clickOn("price (required)");
        shot(mapping.getScene(), "s6-mapping");
    }
}
