package io.vitrine.app;

import io.vitrine.ui.DesktopIntegration;
import io.vitrine.ui.FxDialogService;
import io.vitrine.ui.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window whose frame holds the welcome screen or an open workspace.
 * {@code -Dvitrine.startup.probe=FILE} writes when the first frame of an opened workspace is drawn
 * and exits (the start-up benchmark uses it).
 */
public final class StudioApp extends Application {
    private static volatile LaunchRequest pendingRequest = LaunchRequest.WELCOME;

    private final LaunchRequest request;
    private final SettingsStore settingsStore;
    private AppController controller;

    /** Used by {@code Application.launch}: takes what the CLI asked for. */
    public StudioApp() {
        this(pendingRequest, SettingsStore.inUserConfig());
    }

    StudioApp(LaunchRequest request, SettingsStore settingsStore) {
        this.request = request;
        this.settingsStore = settingsStore;
    }

    static void request(LaunchRequest launchRequest) {
        pendingRequest = launchRequest;
    }

    @Override
    public void start(Stage stage) {
        DesktopIntegration.install(getHostServices());
        Settings settings = settingsStore.load();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        FxTaskExecutor tasks = new FxTaskExecutor(dialogs);
        controller = new AppController(stage, settings, settingsStore, dialogs, tasks);
        StatusBarView statusBar = new StatusBarView(tasks.running(), controller.status());
        AppFrameView frame = new AppFrameView(controller, statusBar.root());
        controller.attach(frame);
        controller.closeWorkspaceOnExit();

        Scene scene = new Scene(frame.root(), settings.windowWidth, settings.windowHeight);
        Theme.apply(scene, settings.darkTheme);
        stage.setScene(scene);
        stage.setTitle("Vitrine Studio");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getIcons().add(new Image(StudioApp.class.getResource("vitrine-icon.png").toExternalForm()));
        placeWindow(stage, settings);
        stage.setOnCloseRequest(e -> controller.quit());
        String probe = System.getProperty("vitrine.startup.probe");
        if (probe != null && !probe.isBlank()) {
            StartupProbe.install(controller, scene, java.nio.file.Path.of(probe));
        }
        controller.showWelcome();
        stage.show();
        openRequested(settings);
    }

    private void openRequested(Settings settings) {
        if (request.demo()) {
            controller.openDemo();
        } else if (request.workspace() != null) {
            controller.openWorkspace(request.workspace());
        } else if (settings.lastWorkspace() != null && Files.exists(Path.of(settings.lastWorkspace()))) {
            controller.openWorkspace(Path.of(settings.lastWorkspace()));
        }
    }

    /** Restores the last position if it is still on a screen (a monitor may have gone). */
    private static void placeWindow(Stage stage, Settings settings) {
        if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
            Rectangle2D wanted = new Rectangle2D(settings.windowX, settings.windowY, 200, 100);
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
            if (visible) {
                stage.setX(settings.windowX);
                stage.setY(settings.windowY);
            }
        }
        stage.setMaximized(settings.maximized);
    }

    @Override
    public void stop() {
        // quit() already ran from the close request or the menu
    }
}
