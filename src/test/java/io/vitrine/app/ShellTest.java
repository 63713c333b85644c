package io.vitrine.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.ui.FxDialogService;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real shell headless: open a workspace, visit every section, see the error for a bad file. */
class ShellTest extends FxRobot {
    @TempDir
    Path dir;

    private Stage start(LaunchRequest request) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new StudioApp(request, new SettingsStore(dir.resolve("settings.json"))));
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();

    }

    @Test
    void opensAWorkspaceAndVisitsEverySection() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        Workspace.create(file, "Corner Shop").close();
        Stage stage = start(new LaunchRequest(file, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Corner Shop"));
        assertThat(stage.getTitle()).isEqualTo("Vitrine Studio — Corner Shop");

        for (Section section : Section.values()) {
            clickOn("#" + section.navId());
            WaitForAsyncUtils.waitForFxEvents();
            ToggleButton button = lookup("#" + section.navId()).queryAs(ToggleButton.class);
            assertThat(button.isSelected()).as(section.title() + " selected").isTrue();
        }
        // keyboard: Shortcut+1 goes back to the catalog
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#" + Section.CATALOG.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void showsAClearErrorForACorruptFileAndStaysOnWelcome() throws Exception {
        Path bad = dir.resolve("bad.vitrine");
        Files.writeString(bad, "not a database at all");
        Stage stage = start(new LaunchRequest(bad, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#" + FxDialogService.ERROR_DIALOG_ID).tryQuery().isPresent());
        Node dialog = lookup("#" + FxDialogService.ERROR_DIALOG_ID).query();
        assertThat(lookup(".dialog-message").queryAs(Label.class).getText()).contains("not a Vitrine workspace");
        assertThat(lookup(".dialog-remedy").queryAs(Label.class).getText()).contains("The file was not changed");
        assertThat(Files.readString(bad)).isEqualTo("not a database at all");
        Window dialogWindow = dialog.getScene().getWindow();
        interact(dialogWindow::hide);
        assertThat(stage.getTitle()).isEqualTo("Vitrine Studio");
        assertThat(lookup("#demoButton").tryQuery()).isPresent();
    }
}
