package io.vitrine.post.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Autosaves 700 ms after the last edit: often enough that a crash loses at most a few keystrokes. */
final class FxAutosaveTimer implements AutosaveTimer {
    private final PauseTransition pause = new PauseTransition(Duration.millis(700));
    private Runnable pending;

    FxAutosaveTimer() {
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void restart(Runnable save) {
        pending = save;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable save = pending;
        pending = null;
        if (save != null) {
            save.run();
        }
    }
}
