package io.vitrine.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one undo history over any immutable value (the poll builder's drafts use it as the composer's posts do). */
class EditHistoryTest {
    @Test
    void typingInOneFieldIsOneStepAndUndoEndsTheRun() {
        EditHistory<String> history = new EditHistory<>("");
        history.apply("Question", "question", s -> "W");
        history.apply("Question", "question", s -> "Wh");
        history.apply("Question", "question", s -> "Which?");
        history.apply("Label", "label.0", s -> s + " | Sage");
        assertThat(history.undo()).isEqualTo("Which?");
        history.apply("Question", "question", s -> "Which one?"); // after an undo: a step of its own
        assertThat(history.undo()).isEqualTo("Which?");
        assertThat(history.undo()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redoLabel()).hasValue("Question");
    }

    @Test
    void sealingAndResettingStartAfresh() {
        EditHistory<String> history = new EditHistory<>("a");
        history.apply("Edit", "k", s -> "ab");
        history.seal();
        history.apply("Edit", "k", s -> "abc");
        assertThat(history.undo()).isEqualTo("ab");
        history.reset("z");
        assertThat(history.current()).isEqualTo("z");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.apply("Edit", null, s -> s)).isEqualTo("z"); // no change, no step
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void historyKeepsAtMostItsLimitOfSteps() {
        EditHistory<Integer> history = new EditHistory<>(0);
        for (int i = 1; i <= EditHistory.LIMIT + 50; i++) {
            int value = i;
            history.apply("Edit", null, v -> value);
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(history.current()).isEqualTo(50);
    }
}
