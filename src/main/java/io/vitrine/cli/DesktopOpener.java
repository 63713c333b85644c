package io.vitrine.cli;

import java.nio.file.Path;

/** How CLI commands hand over to the desktop app (implemented in io.vitrine.app; keeps the CLI free of JavaFX). */
@FunctionalInterface
public interface DesktopOpener {
    /**
     * Opens the app window and returns the exit code when it closes.
     *
     * @param workspace workspace to open, or null for the welcome screen (or the demo)
     * @param demo      open the generated demo workspace connected to the bundled simulator
     */
    int open(Path workspace, boolean demo);
}
