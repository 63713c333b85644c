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
    void openingACalendarEntryShowsThePostInTheComposer() throws Exception {
        Path file = dir.resolve("cal.vitrine");
        // an hour from now: in the future (scheduling refuses the past) and on the month grid shown today
        java.time.Instant soon = java.time.Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Workspace.create(file, "Calendar Shop").close();
        // a real post, made the way a user would from the command line
        Path photo = dir.resolve("photo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 800, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        picocli.CommandLine cli = io.vitrine.cli.StudioCommand.commandLine((w, demo) -> 0);
        assertThat(cli.execute("post", "brand", "add", "-w", file.toString(), "--name", "Shop", "--handle", "shop",
                "--time-zone", "UTC")).isZero();
        assertThat(cli.execute("post", "create", "-w", file.toString(), "--image", photo.toString(), "--caption",
                "Open me from the calendar", "--schedule", soon.toString())).isZero();
        Stage stage = start(new LaunchRequest(file, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Calendar Shop"));
        clickOn("#" + Section.CALENDAR.navId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".calendar-entry").tryQuery().isPresent());
        doubleClickOn(".calendar-entry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#" + Section.POSTS.navId()).queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup((Node n) -> n instanceof Label label
                && "Post #1".equals(label.getText()) && n.isVisible()).tryQuery().isPresent());
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
