package io.vitrine.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Text the shell's status bar shows for things outside any one task: the sync state, a short notice. */
public final class ShellStatus {
    private final StringProperty syncState = new SimpleStringProperty("Not connected to the platform");
    private final StringProperty notice = new SimpleStringProperty("");

    public StringProperty syncStateProperty() {
        return syncState;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** A short message that replaces the previous one ("Imported 1,204 items"). */
    public void notify(String message) {
        notice.set(message);
    }
}
