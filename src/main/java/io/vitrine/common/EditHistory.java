package io.vitrine.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Undo and redo over immutable values (a post in the composer, a poll draft in the builder): a stack of
 * whole states, each labelled with the edit that left it. Consecutive edits with the same merge key (typing
 * in one field, one drag) make one undo step, as in any text editor; an edit that changes nothing is no step.
 */
public final class EditHistory<T> {
    public static final int LIMIT = 200;

    /** One edit: what it does to the value, its name in "Undo …", and the key that merges a run of them. */
    public interface Edit<T> {
        T apply(T value);

        String label();

        /** Consecutive edits with the same non-null key merge into one undo step. */
        default String mergeKey() {
            return null;
        }
    }

    /** A state to go back (or forward) to, and the edit that separates it from the next one. */
    private record Step<T>(T state, String label) {
    }

    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();
    private final BinaryOperator<T> restore;
    private T current;
    private String runKey;

    public EditHistory(T start) {
        this(start, (now, older) -> older);
    }

    /**
     * @param restore how an older (or newer) state comes back, given the current one: a post keeps the id and
     *                status a save gave it meanwhile, only its content goes back
     */
    public EditHistory(T start, BinaryOperator<T> restore) {
        this.current = start;
        this.restore = restore;
    }

    public T current() {
        return current;
    }

    /** Applies an edit; returns the new state (the same one when the edit changed nothing). */
    public T apply(Edit<T> edit) {
        T after = edit.apply(current);
        if (after.equals(current)) {
            return current;
        }
        String key = edit.mergeKey();
        boolean sameRun = key != null && key.equals(runKey) && !undo.isEmpty();
        if (!sameRun) {
            undo.push(new Step<>(current, edit.label()));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        runKey = key;
        current = after;
        return current;
    }

    /** Shorthand for an edit written in place. */
    public T apply(String label, String mergeKey, UnaryOperator<T> change) {
        return apply(new Edit<>() {
            @Override
            public T apply(T value) {
                return change.apply(value);
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String mergeKey() {
                return mergeKey;
            }
        });
    }

    /** Ends the current run of merging edits (a field lost focus, a drag ended): the next edit is its own step. */
    public void seal() {
        runKey = null;
    }

    /** Replaces the state without an undo step: a save gave the value its id and timestamps. */
    public void rebase(T saved) {
        current = saved;
    }

    /** Starts over from {@code start}, with nothing to undo or redo (another post or poll was opened). */
    public void reset(T start) {
        undo.clear();
        redo.clear();
        runKey = null;
        current = start;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    /** Goes back one step; returns the state now current (unchanged when there was nothing to undo). */
    public T undo() {
        return move(undo, redo);
    }

    public T redo() {
        return move(redo, undo);
    }

    private T move(Deque<Step<T>> from, Deque<Step<T>> to) {
        Step<T> step = from.poll();
        if (step == null) {
            return current;
        }
        to.push(new Step<>(current, step.label()));
        current = restore.apply(current, step.state());
        runKey = null;
        return current;
    }
}
