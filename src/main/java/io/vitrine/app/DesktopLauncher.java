package io.vitrine.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX app for the CLI's "open", "demo" and no-argument forms. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static int open(Path workspace, boolean demo) {
        StudioApp.request(new LaunchRequest(workspace, demo));
        Application.launch(StudioApp.class);
        return 0;
    }
}
