package io.vitrine.post.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;

/** With -Dvitrine.screenshots=DIR, tests save what the screen looked like (to look at it, not to compare). */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Node node, String name) throws Exception {
        String dir = System.getProperty("vitrine.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> node.getScene().getRoot().snapshot(null, null)).get();
        Files.createDirectories(Path.of(dir));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
        FxToolkit.toolkitContext();
    }
}
