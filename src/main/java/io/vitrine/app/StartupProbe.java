package io.vitrine.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark ({@code bench/startup.sh}): once an opened workspace's first frame has been
 * rendered, writes the wall-clock time in epoch milliseconds ({@code first-frame-epoch-ms=...}) to a file
 * and quits. A file rather than stdout: only the CLI prints to the console.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void install(AppController controller, Scene scene, Path report) {
        controller.onWorkspaceShown(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                // the pulse that lays out the workspace also renders it; report after it
                Platform.runLater(() -> {
                    write(report, "first-frame-epoch-ms=" + System.currentTimeMillis() + "\n");
                    controller.quit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
    }

    private static void write(Path report, String line) {
        try {
            Files.writeString(report, line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the start-up probe to " + report, e);
        }
    }
}
