package io.vitrine.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog goes through here, so each error reads the same way (what happened, what to do)
 * and tests can answer dialogs without a screen.
 */
public interface DialogService {

    /** An error: the title says what failed, the throwable's message and remedy say why and what to do. */
    void showError(String title, Throwable error);

    void showError(String title, String message, String remedy);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** A file filter: "Workspaces", "*.vitrine". */
    record FileType(String description, List<String> patterns) {
        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }
}
