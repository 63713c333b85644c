package io.vitrine.app;

import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * Bottom bar: the latest notice, the running background job (progress, message, cancel), the unanswered questions
 * and the sync state.
 */
final class StatusBarView {
    @FXML
    private Label noticeLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelTaskButton;
    @FXML
    private Label syncLabel;
    @FXML
    private Label inboxLabel;

    private final Parent root;
    private final ObservableList<Task<?>> running;

    StatusBarView(ObservableList<Task<?>> running, ShellStatus status) {
        this.running = running;
        root = ViewLoader.load(this);
        noticeLabel.textProperty().bind(status.noticeProperty());
        syncLabel.textProperty().bind(status.syncStateProperty());
        inboxLabel.textProperty().bind(status.inboxProperty());
        inboxLabel.visibleProperty().bind(status.inboxProperty().isNotEmpty());
        inboxLabel.managedProperty().bind(inboxLabel.visibleProperty());
        running.addListener((ListChangeListener<Task<?>>) change -> showNewest());
        showNewest();
    }

    Parent root() {
        return root;
    }

    private void showNewest() {
        boolean busy = !running.isEmpty();
        taskLabel.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        taskLabel.setVisible(busy);
        taskProgress.setVisible(busy);
        cancelTaskButton.setVisible(busy);
        if (!busy) {
            taskLabel.setText("");
            return;
        }
        Task<?> newest = running.get(running.size() - 1);
        int others = running.size() - 1;
        taskLabel.textProperty().bind(others == 0 ? newest.messageProperty()
                : Bindings.concat(newest.messageProperty(), " (+" + others + " more)"));
        taskProgress.progressProperty().bind(newest.progressProperty());
        cancelTaskButton.setOnAction(e -> newest.cancel(false));
    }
}
