package io.vitrine.post.ui;

import io.vitrine.common.VitrineException;
import io.vitrine.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the composer's dialogs the way a test says: files to open, confirmations; records errors and infos. */
final class ScriptedDialogs implements DialogService {
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    boolean confirmAnswer = true;

    @Override
    public void showError(String title, Throwable error) {
        errors.add(title + ": " + VitrineException.describe(error));
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
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.empty();
    }
}
