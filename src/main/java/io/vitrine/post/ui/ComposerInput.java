package io.vitrine.post.ui;

import io.vitrine.ui.UndoKeys;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/** What the person does anywhere in the composer, forwarded to the view model: undo keys, photo drops and pastes. */
final class ComposerInput {
    private final ComposerViewModel model;
    private final Node composer;

    /** @param composer the composer's root, where keys, drags and drops arrive */
    ComposerInput(ComposerViewModel model, Node composer) {
        this.model = model;
        this.composer = composer;
    }

    void wire() {
        composer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!UndoKeys.handle(e, model::undo, model::redo) && e.isShortcutDown() && e.getCode() == KeyCode.V
                    && !(e.getTarget() instanceof TextInputControl) && paste()) {
                e.consume();
            }
        });
        composer.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.state().editableProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        composer.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                model.photos().addPhotos(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Ctrl+V outside a text field: photo files or a copied picture from the clipboard. */
    private boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            List<Path> files = clipboard.getFiles().stream().map(File::toPath).toList();
            model.photos().addPhotos(files);
            return true;
        }
        if (clipboard.hasImage()) {
            BufferedImage picture = SwingFXUtils.fromFXImage(clipboard.getImage(), null);
            model.photos().addPastedPicture(picture);
            return true;
        }
        return false;
    }
}
