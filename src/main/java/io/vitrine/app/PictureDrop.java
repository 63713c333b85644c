package io.vitrine.app;

import io.vitrine.catalog.ui.PictureScan;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * Scan to find, anywhere in an open workspace: drop a picture file or an image from another application on
 * the window, or paste one (Ctrl+V) when no text field has the keyboard.
 */
final class PictureDrop {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp");

    private PictureDrop() {
    }

    static void install(Node root, PictureScan scan) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && (e.getDragboard().hasImage() || picture(e.getDragboard().getFiles()).isPresent())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            e.setDropCompleted(take(e.getDragboard(), scan));
            e.consume();
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !(e.getTarget() instanceof TextInputControl) && take(Clipboard.getSystemClipboard(), scan)) {
                e.consume();
            }
        });
    }

    /** Scans the first picture file, else the image, the clipboard or drag holds; false when it holds neither. */
    static boolean take(Clipboard content, PictureScan scan) {
        Optional<File> file = picture(content.hasFiles() ? content.getFiles() : List.of());
        if (file.isPresent()) {
            scan.scan(file.get().toPath());
            return true;
        }
        if (content.hasImage()) {
            Image image = content.getImage();
            scan.scan(SwingFXUtils.fromFXImage(image, null), "the pasted picture");
            return true;
        }
        return false;
    }

    private static Optional<File> picture(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream().filter(f -> EXTENSIONS.stream().anyMatch(ext -> f.getName().toLowerCase(Locale.ROOT).endsWith(ext)))
                .findFirst();
    }
}
