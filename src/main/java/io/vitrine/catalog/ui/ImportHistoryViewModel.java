package io.vitrine.catalog.ui;

import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRun;
import io.vitrine.catalog.ImportRunRepository;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import history's state: every import of the workspace, newest first, and the report of the one
 * selected (its summary, the message or flag line, its rejected rows and warnings), read in the background.
 */
public final class ImportHistoryViewModel {
    static final int RUNS = 200;

    private final ImportRunRepository runs;
    private final TaskExecutor tasks;
    private final ObservableList<ImportRun> history = FXCollections.observableArrayList();
    private final ObservableList<ImportRun> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<ImportRun> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportViewModel.Issue> issues = FXCollections.observableArrayList();
    private final ObservableList<ImportViewModel.Issue> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final LatestResult reports = new LatestResult();

    public ImportHistoryViewModel(ImportRunRepository runs, TaskExecutor tasks) {
        this.runs = runs;
        this.tasks = tasks;
    }

    /** Reads the history and selects the newest import. */
    public void load() {
        tasks.submitQuietly("The import history could not be read", progress -> runs.recent(RUNS), list -> {
            history.setAll(list);
            select(list.isEmpty() ? null : list.get(0));
        });
    }

    /** Shows an import's report (null: none). */
    public void select(ImportRun run) {
        LatestResult.Request request = reports.next();
        selected.set(run);
        issues.clear();
        summary.set("");
        message.set("");
        if (run == null) {
            return;
        }
        tasks.submitQuietly("The import report could not be read", progress -> runs.report(run.id()).orElse(null),
                request.deliver(this::show));
    }

    private void show(ImportReport report) {
        if (report == null) {
            return;
        }
        summary.set(report.summary() + String.format(Locale.ROOT, " — %s in %.1f s.", report.status(), report.durationMs() / 1000.0));
        message.set(report.message() != null ? report.message() : ImportViewModel.flagsText(report));
        issues.setAll(ImportViewModel.Issue.of(report));
    }

    public ObservableList<ImportRun> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<ImportRun> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ImportViewModel.Issue> issues() {
        return issuesView;
    }
}
