package io.vitrine.app;

import io.vitrine.ui.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** First screen without a workspace: new, open, recent, demo. */
final class WelcomeView {
    static final String RECENT_FOLDER = "recent-folder";
    static final String RECENT_NAME = "recent-name";
    @FXML
    private Button newButton;
    @FXML
    private Button openButton;
    @FXML
    private Button demoButton;
    @FXML
    private ListView<Path> recentList;
    @FXML
    private Label recentEmptyLabel;
    @FXML
    private VBox busyBox;
    @FXML
    private Label busyLabel;

    private final Parent root;
    private final AppController controller;

    WelcomeView(AppController controller, List<String> recent) {
        this.controller = controller;
        root = ViewLoader.load(this);
        newButton.setOnAction(e -> controller.newWorkspace());
        openButton.setOnAction(e -> controller.chooseAndOpenWorkspace());
        demoButton.setOnAction(e -> controller.openDemo());
        recentList.getItems().setAll(recent.stream().map(Path::of).filter(Files::exists).toList());
        recentList.setCellFactory(list -> new RecentCell());
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        recentEmptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(recentList.getItems()));
        busyBox.setVisible(false);
    }

    Parent root() {
        return root;
    }

    /** Shows a spinner with a message while a workspace opens or the demo is generated. */
    void showBusy(String message) {
        busyLabel.setText(message);
        busyBox.setVisible(message != null);
        newButton.setDisable(message != null);
        openButton.setDisable(message != null);
        demoButton.setDisable(message != null);
    }

    private void openSelected() {
        Path selected = recentList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            controller.openWorkspace(selected);
        }
    }

    /** File name in bold, folder below it. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path path, boolean empty) {
            super.updateItem(path, empty);
            if (empty || path == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(path.getFileName().toString());
            name.getStyleClass().add(RECENT_NAME);
            Label folder = new Label(String.valueOf(path.toAbsolutePath().getParent()));
            folder.getStyleClass().add(RECENT_FOLDER);
            setGraphic(new VBox(2, name, folder));
            setText(null);
        }
    }
}
