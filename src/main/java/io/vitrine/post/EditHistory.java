package io.vitrine.post;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo/redo for the composer: a stack of whole post states, each labelled with the edit between it
 * and the next. Edits with the same merge key in a row (typing, one drag) collapse into one step.
 */
public final class EditHistory {
    static final int LIMIT = 200;

    /** A state to go back (or forward) to, and the edit that separates it from the current one. */
    private record Step(Post state, String label, String mergeKey) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Post current;

    public EditHistory(Post start) {
        this.current = start;
    }

    public Post current() {
        return current;
    }

    /** Applies an edit; returns the new state. An edit that changes nothing is not recorded. */
    public Post apply(PostEdit edit) {
        Post after = edit.apply(current);
        if (after.equals(current)) {
            return current;
        }
        Step last = undo.peek();
        boolean merge = last != null && edit.mergeKey() != null && edit.mergeKey().equals(last.mergeKey());
        if (!merge) {
            undo.push(new Step(current, edit.label(), edit.mergeKey()));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        current = after;
        return current;
    }

    /** Ends the current run of merging edits (the caption field lost focus, a drag ended). */
    public void seal() {
        Step last = undo.peek();
        if (last != null && last.mergeKey() != null) {
            undo.pop();
            undo.push(new Step(last.state(), last.label(), null));
        }
    }

    /** Replaces the state without an undo step: a save gave the post its id and timestamps. */
    public void rebase(Post saved) {
        current = saved;
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

    public Post undo() {
        Step step = undo.poll();
        if (step == null) {
            return current;
        }
        redo.push(new Step(current, step.label(), null));
        current = keepIdentity(step.state());
        return current;
    }

    public Post redo() {
        Step step = redo.poll();
        if (step == null) {
            return current;
        }
        undo.push(new Step(current, step.label(), null));
        current = keepIdentity(step.state());
        return current;
    }

    /** Undo restores content, never an older identity: a post saved meanwhile keeps its id and status. */
    private Post keepIdentity(Post content) {
        return new Post(current.id(), current.brandId(), content.campaignId(), content.caption(), content.interests(),
                content.callToAction(), current.status(), content.scheduledAt(), content.scheduleZone(),
                current.publishedAt(), current.platformId(), current.syncError(), current.createdAt(),
                current.updatedAt(), content.images(), content.tags());
    }
}
