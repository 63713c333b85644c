package io.vitrine.catalog.ui;

import io.vitrine.catalog.ImportRun;
import io.vitrine.common.Formats;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Every import of this workspace, newest first; selecting one shows its report with rejected rows and warnings. */
final class ImportHistoryDialog {
    @FXML
    private TableView<ImportRun> historyTable;
    @FXML
    private Label runSummaryLabel;
    @FXML
    private Label runMessageLabel;
    @FXML
    private TableView<ImportViewModel.Issue> runIssuesTable;
    @FXML
    private Button closeHistoryButton;

    private final Stage stage = new Stage();
    private final ImportHistoryViewModel model;

    ImportHistoryDialog(ImportHistoryViewModel model, Window owner) {
        this.model = model;
        Parent root = ViewLoader.load(this);
        root.getStylesheets().add(Stylesheets.STUDIO);
        stage.setTitle("Import history");
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root));
        columns();
        IssueColumns.configure(runIssuesTable);
        historyTable.setItems(model.history());
        runIssuesTable.setItems(model.issues());
        runSummaryLabel.textProperty().bind(model.summaryProperty());
        runMessageLabel.textProperty().bind(model.messageProperty());
        model.selectedProperty().addListener((obs, old, run) -> historyTable.getSelectionModel().select(run));
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (run != model.selectedProperty().get()) {
                model.select(run);
            }
        });
        closeHistoryButton.setOnAction(e -> stage.close());
        model.load();
    }

    private void columns() {
        ZoneId zone = ZoneId.systemDefault();
        historyTable.getColumns().setAll(List.of(
                column("When", 150, run -> Formats.dateTime(run.startedAt(), zone)),
                column("File", 170, ImportRun::fileName),
                column("Source", 130, ImportRun::source),
                column("Format", 80, ImportRun::format),
                column("Result", 90, ImportRun::status),
                column("Read", 70, run -> Formats.count(run.read())),
                column("New", 60, run -> Formats.count(run.added())),
                column("Updated", 70, run -> Formats.count(run.updated())),
                column("Removed", 70, run -> Formats.count(run.removed())),
                column("Rejected", 70, run -> Formats.count(run.rejected()))));
    }

    private static TableColumn<ImportRun, String> column(String title, double width, Function<ImportRun, String> value) {
        TableColumn<ImportRun, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return column;
    }

    void show() {
        stage.show();
    }
}
