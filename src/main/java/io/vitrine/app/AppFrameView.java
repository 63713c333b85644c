package io.vitrine.app;

import io.vitrine.ui.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The window's frame: menus on top, the welcome screen or a workspace in the middle, the status bar below. */
final class AppFrameView {
    @FXML
    private BorderPane frame;
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu goMenu;
    @FXML
    private MenuItem backupItem;
    @FXML
    private MenuItem closeItem;
    @FXML
    private MenuItem syncItem;
    @FXML
    private MenuItem scanItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private StackPane centerPane;

    private final Parent root;
    private final AppController controller;

    AppFrameView(AppController controller, Node statusBar) {
        this.controller = controller;
        root = ViewLoader.load(this);
        frame.setBottom(statusBar);
        menuBar.setUseSystemMenuBar(System.getProperty("os.name", "").toLowerCase().contains("mac"));
        for (Section section : Section.values()) {
            MenuItem item = new MenuItem(section.title());
            item.setId("menu" + section.title());
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(section.ordinal() + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> controller.showSection(section));
            goMenu.getItems().add(item);
        }
        setWorkspaceOpen(false);
    }

    Parent root() {
        return root;
    }

    void setCenter(Node content) {
        centerPane.getChildren().setAll(content);
    }

    void setWorkspaceOpen(boolean open) {
        goMenu.setDisable(!open);
        backupItem.setDisable(!open);
        closeItem.setDisable(!open);
        syncItem.setDisable(!open);
        scanItem.setDisable(!open);
    }

    void setDarkTheme(boolean dark) {
        darkThemeItem.setSelected(dark);
    }

    void setRecent(List<String> recent) {
        recentMenu.getItems().clear();
        for (String path : recent) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> controller.openWorkspace(Path.of(path)));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }

    @FXML
    private void onNew() {
        controller.newWorkspace();
    }

    @FXML
    private void onOpen() {
        controller.chooseAndOpenWorkspace();
    }

    @FXML
    private void onOpenDemo() {
        controller.openDemo();
    }

    @FXML
    private void onBackup() {
        controller.backupWorkspace();
    }

    @FXML
    private void onClose() {
        controller.closeWorkspace();
    }

    @FXML
    private void onQuit() {
        controller.quit();
    }

    @FXML
    private void onToggleTheme() {
        controller.setDarkTheme(darkThemeItem.isSelected());
    }

    @FXML
    private void onScanPicture() {
        controller.scanPicture();
    }

    @FXML
    private void onSyncNow() {
        controller.syncNow();
    }

    @FXML
    private void onShortcuts() {
        controller.showShortcuts();
    }

    @FXML
    private void onAbout() {
        controller.showAbout();
    }
}
