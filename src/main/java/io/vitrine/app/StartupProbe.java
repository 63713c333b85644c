package io.vitrine.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: once an opened workspace's first frame has been rendered, prints the
 * wall-clock time in epoch milliseconds ({@code first-frame-epoch-ms=...}) and quits.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void install(AppController controller, Scene scene) {
        controller.onWorkspaceShown(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                // the pulse that lays out the workspace also renders it; report after it
                Platform.runLater(() -> {
                    System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                    System.out.flush();
                    controller.quit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
    }
}
