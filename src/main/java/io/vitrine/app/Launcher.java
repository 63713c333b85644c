package io.vitrine.app;

import io.vitrine.cli.StudioCommand;

/**
 * Entry point of {@code ./studio}. Not a JavaFX {@code Application} on purpose: with JavaFX on the
 * class path the main class must not extend it. Headless commands never start the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // POI logs through log4j-api; without a provider it prints a warning on every run.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int exitCode = StudioCommand.commandLine(DesktopLauncher::open).execute(args);
        System.exit(exitCode);
    }
}
