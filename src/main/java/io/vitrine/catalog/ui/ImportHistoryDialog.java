package io.vitrine.catalog.ui;

import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRun;
import io.vitrine.catalog.ImportRuns;
import io.vitrine.catalog.RowIssue;
import io.vitrine.common.Formats;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final int RUNS = 200;

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
    private final StudioContext context;
    private final ImportRuns runs;

    ImportHistoryDialog(StudioContext context, ImportRuns runs, Window owner) {
        this.context = context;
        this.runs = runs;
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
        closeHistoryButton.setOnAction(e -> stage.close());
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> showReport(run));
        context.tasks().submitQuietly(p -> runs.recent(RUNS), list -> {
            historyTable.getItems().setAll(list);
            if (!list.isEmpty()) {
                historyTable.getSelectionModel().selectFirst();
            }
        }, error -> context.dialogs().showError("The import history could not be read", error));
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

    private void showReport(ImportRun run) {
        runIssuesTable.getItems().clear();
        if (run == null) {
            runSummaryLabel.setText("");
            runMessageLabel.setText("");
            return;
        }
        context.tasks().submitQuietly(p -> runs.report(run.id()).orElse(null), report -> {
            if (report == null || historyTable.getSelectionModel().getSelectedItem() != run) {
                return;
            }
            runSummaryLabel.setText(report.summary() + String.format(Locale.ROOT, " — %s in %.1f s.", report.status(),
                    report.durationMs() / 1000.0));
            runMessageLabel.setText(report.message() != null ? report.message() : ImportViewModel.flagsText(report));
            runIssuesTable.getItems().setAll(issues(report));
        }, null);
    }

    static List<ImportViewModel.Issue> issues(ImportReport report) {
        List<ImportViewModel.Issue> issues = new ArrayList<>();
        for (RowIssue issue : report.errors()) {
            issues.add(new ImportViewModel.Issue("Rejected", issue));
        }
        for (RowIssue issue : report.warningDetails()) {
            issues.add(new ImportViewModel.Issue("Warning", issue));
        }
        return issues;
    }

    void show() {
        stage.show();
    }
}
