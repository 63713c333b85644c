package io.vitrine.ui;

import io.vitrine.common.VitrineException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs, owned by the main window so they centre on it. */
public final class FxDialogService implements DialogService {
    static final String DIALOG_MESSAGE = "dialog-message";
    static final String DIALOG_REMEDY = "dialog-remedy";
    public static final String ERROR_DIALOG_ID = "errorDialog";
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof VitrineException v) {
            showError(title, v.getMessage(), v.remedy());
        } else {
            showError(title, VitrineException.describe(cause),
                    "This was unexpected. Try again; if it happens again, please report it with these details.");
        }
    }

    @Override
    public void showError(String title, String message, String remedy) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label what = new Label(message);
        what.setWrapText(true);
        what.getStyleClass().add(DIALOG_MESSAGE);
        VBox body = new VBox(8, what);
        if (remedy != null && !remedy.isBlank()) {
            Label todo = new Label(remedy);
            todo.setWrapText(true);
            todo.getStyleClass().add(DIALOG_REMEDY);
            body.getChildren().add(todo);
        }
        body.setPrefWidth(440);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId(ERROR_DIALOG_ID);
        alert.show(); // not showAndWait: an error never blocks background work reporting to the UI
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
