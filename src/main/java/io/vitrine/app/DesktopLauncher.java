package io.vitrine.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX app for the CLI's "open", "demo" and no-argument forms. */
final class DesktopLauncher {
    /*
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from unnamed module" when it
     * runs from the class path, which is how ./studio runs it; it works the same. Keep the logger
     * referenced so the level sticks.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    static int open(Path workspace, boolean demo) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        StudioApp.request(new LaunchRequest(workspace, demo));
        Application.launch(StudioApp.class);
        return 0;
    }
}
