package io.vitrine.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The undo and redo keys of an editor with its own history (composer, poll builder): Shortcut+Z undoes,
 * Shortcut+Shift+Z or Shortcut+Y redoes — the editor's history, not a text field's.
 */
public final class UndoKeys {
    private UndoKeys() {
    }

    /** Runs undo or redo and consumes the event when it is one of those keys; false otherwise. */
    public static boolean handle(KeyEvent event, Runnable undo, Runnable redo) {
        if (!event.isShortcutDown()) {
            return false;
        }
        if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
            undo.run();
        } else if ((event.getCode() == KeyCode.Z && event.isShiftDown()) || event.getCode() == KeyCode.Y) {
            redo.run();
        } else {
            return false;
        }
        event.consume();
        return true;
    }
}
