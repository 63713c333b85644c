package io.vitrine.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Text the shell's status bar shows for things outside any one task: the sync state, a short notice, the questions
 * waiting in the inbox.
 */
public final class ShellStatus {
    private final StringProperty syncState = new SimpleStringProperty("Not connected to the platform");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty inbox = new SimpleStringProperty("");

    public StringProperty syncStateProperty() {
        return syncState;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** "3 unanswered questions"; empty when no workspace is open. */
    public StringProperty inboxProperty() {
        return inbox;
    }

    /** A short message that replaces the previous one ("Imported 1,204 items"). */
    public void notify(String message) {
        notice.set(message);
    }
}
