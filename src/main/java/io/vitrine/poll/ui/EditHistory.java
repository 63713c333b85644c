package io.vitrine.poll.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo over immutable values. Consecutive edits with the same key (typing in one field)
 * make one undo step, as in any text editor.
 */
final class EditHistory<T> {
    private static final int LIMIT = 200;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private String lastKey;

    /** Remembers the value before an edit; {@code key} groups a run of similar edits (null: never grouped). */
    void record(T before, String key) {
        boolean sameRun = key != null && key.equals(lastKey) && !undo.isEmpty();
        if (!sameRun) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastKey = key;
        update();
    }

    Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        lastKey = null;
        T previous = undo.pop();
        update();
        return Optional.of(previous);
    }

    Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        lastKey = null;
        T next = redo.pop();
        update();
        return Optional.of(next);
    }

    /** Ends the current run: the next edit is its own undo step even with the same key. */
    void seal() {
        lastKey = null;
    }

    void clear() {
        undo.clear();
        redo.clear();
        lastKey = null;
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
