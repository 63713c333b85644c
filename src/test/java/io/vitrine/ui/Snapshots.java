package io.vitrine.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lets a person look at what a UI test drove: with {@code -Dvitrine.snapshots=DIR} a test saves a PNG
 * of its window there (run e.g. {@code ./mvnw test -Dtest=InsightsViewTest -Dvitrine.snapshots=/tmp/shots}).
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** Saves the window that shows {@code node}. */
    public static void save(javafx.scene.Node node, String name) {
        save(node.getScene(), name);
    }

    public static void save(Scene scene, String name) {
        String dir = System.getProperty("vitrine.snapshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save snapshot " + name, e);
        }
    }
}
