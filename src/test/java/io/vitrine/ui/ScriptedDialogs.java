package io.vitrine.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A DialogService for tests: answers file choosers and confirmations from a script, records every error. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    /** Every confirmation asked, as "title: message". */
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private boolean confirmAnswer = true;

    public ScriptedDialogs answerFile(Path file) {
        files.add(file);
        return this;
    }

    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(title + ": " + io.vitrine.common.VitrineException.describe(error));
    }

    @Override
    public void showError(String title, String message, String remedy) {
        errors.add(title + ": " + message + " " + remedy);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return files.isEmpty() ? Optional.empty() : Optional.of(files.remove(0));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return chooseFileToOpen(title, types);
    }
}
