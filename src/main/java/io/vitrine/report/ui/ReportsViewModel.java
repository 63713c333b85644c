package io.vitrine.report.ui;

import io.vitrine.report.ReportExporter;
import io.vitrine.report.ReportOptions;
import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.TaskExecutor;
import io.vitrine.insights.InsightsPeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Reports screen: which scope, whether raw events go in, the exports made so far. */
public final class ReportsViewModel {
    private final ReportExporter exporter;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<ReportScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<ReportScope> scope = new SimpleObjectProperty<>(ReportScope.WORKSPACE);
    private final BooleanProperty includeEvents = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ObservableList<ReportResult> exports = FXCollections.observableArrayList();

    public ReportsViewModel(ReportExporter exporter, TaskExecutor tasks, DialogService dialogs) {
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reloads the campaigns (they may have changed in another section). */
    public void refresh() {
        tasks.submitQuietly("The campaigns could not be read", progress -> exporter.scopes(), this::setScopes);
    }

    void setScopes(List<ReportScope> loaded) {
        ReportScope selected = scope.get();
        scopes.setAll(loaded);
        scope.set(loaded.stream().filter(s -> s.equals(selected)).findFirst().orElse(ReportScope.WORKSPACE));
    }

    /** Writes the workbook in the background; the status bar shows progress and offers cancel. */
    public void export(Path target) {
        InsightsPeriod period;
        try {
            period = period();
        } catch (IllegalArgumentException e) {
            dialogs.showError("The report could not be exported",
                    new io.vitrine.common.VitrineException("The period ends before it starts.", "Choose a last day on or after the first."));
            return;
        }
        exporting.set(true);
        ReportOptions options = ReportOptions.of(scope.get(), period, includeEvents.get());
        tasks.submit("Exporting " + target.getFileName(), progress -> exporter.export(options, target, progress),
                result -> {
                    exporting.set(false);
                    exports.add(0, result);
                }, error -> {
                    exporting.set(false);
                    dialogs.showError("The report could not be exported", error);
                });
    }

    /** The days chosen (brand's days): both ends, or from a first day to today's (to alone counts from the first event). */
    InsightsPeriod period() {
        if (from.get() == null && to.get() == null) {
            return null;
        }
        LocalDate first = from.get() == null ? LocalDate.of(2000, 1, 1) : from.get();
        LocalDate last = to.get() == null ? LocalDate.now() : to.get();
        return new InsightsPeriod(first, last);
    }

    public String suggestedFileName(String workspaceName) {
        ReportScope s = scope.get();
        String base = s.isCampaign() ? workspaceName + " - " + s.campaignName() : workspaceName;
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + " report.xlsx";
    }

    public ObservableList<ReportScope> scopes() {
        return scopes;
    }

    public ObjectProperty<ReportScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty includeEventsProperty() {
        return includeEvents;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ObservableList<ReportResult> exports() {
        return exports;
    }
}
