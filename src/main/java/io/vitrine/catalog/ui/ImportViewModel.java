package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogSourceRepository;
import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.ImportService;
import io.vitrine.catalog.feed.ColumnMappedReader;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.FormatDetector;
import io.vitrine.catalog.feed.RowIssue;
import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state and commands: which file, format, source, sheet, currency and columns; the
 * running import's progress (cancellable); and the report, rejected rows and warnings listed with line,
 * id, field and message.
 */
public final class ImportViewModel {
    /** A line of the report table. */
    public record Issue(String kind, RowIssue issue) {
        /** The report's rejected rows, then its warnings. */
        static List<Issue> of(ImportReport report) {
            List<Issue> issues = new java.util.ArrayList<>();
            report.errors().forEach(issue -> issues.add(new Issue("Rejected", issue)));
            report.warningDetails().forEach(issue -> issues.add(new Issue("Warning", issue)));
            return issues;
        }
    }

    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<FormatChoice> format = new SimpleObjectProperty<>(FormatChoice.AUTO);
    private final StringProperty detected = new SimpleStringProperty("");
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty sheet = new SimpleStringProperty("");
    private final BooleanProperty acceptRemovals = new SimpleBooleanProperty(false);
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final StringProperty mappingSummary = new SimpleStringProperty("Matched by column names");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final BooleanBinding canStart = Bindings.createBooleanBinding(() -> !running.get() && !file.get().isBlank(), running, file);

    private final ImportService service;
    private final CatalogSourceRepository feeds;
    private final TaskExecutor tasks;
    private TaskExecutor.TaskHandle handle;
    private FeedFormat detectedFormat;
    private final LatestResult detection = new LatestResult();

    public ImportViewModel(ImportService service, CatalogSourceRepository feeds, TaskExecutor tasks) {
        this.service = service;
        this.feeds = feeds;
        this.tasks = tasks;
        file.addListener((obs, old, path) -> fileChanged(old, path));
    }

    /** The format menu: detect, or force one. */
    public record FormatChoice(FeedFormat format) {
        static final FormatChoice AUTO = new FormatChoice(null);

        @Override
        public String toString() {
            return format == null ? "Detect automatically" : format.label();
        }
    }

    static List<FormatChoice> formatChoices() {
        List<FormatChoice> choices = new java.util.ArrayList<>(List.of(FormatChoice.AUTO));
        for (FeedFormat f : FeedFormat.values()) {
            choices.add(new FormatChoice(f));
        }
        return choices;
    }

    private static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        try {
            Path name = Path.of(path.strip()).getFileName();
            return name == null ? "" : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
    }

    private void fileChanged(String old, String path) {
        if (sourceName.get().isBlank() || sourceName.get().equals(fileName(old))) {
            sourceName.set(fileName(path));
        }
        mapping.set(null);
        mappingSummary.set("Matched by column names");
        detectedFormat = null;
        detected.set("");
        LatestResult.Request current = detection.next();
        if (path == null || path.isBlank()) {
            return;
        }
        tasks.submitQuietly(p -> {
            Path file = Path.of(path.strip());
            return java.nio.file.Files.isRegularFile(file) ? FormatDetector.detect(FeedSource.of(file)) : null;
        }, current.deliver(found -> {
            if (found != null) {
                detectedFormat = found;
                detected.set("Looks like: " + found.label());
            }
        }), current.deliver(error -> detected.set(VitrineException.describe(error))));
    }

    /** The format that will be used: chosen, else detected. */
    public FeedFormat effectiveFormat() {
        return format.get().format() != null ? format.get().format() : detectedFormat;
    }

    /** Reads the names of the feeds imported before, to offer them as the source's name. */
    public void loadSources() {
        tasks.submitQuietly("The feed names could not be read", p -> feeds.names(), sources::setAll);
    }

    /** Starts the import; {@code needsMapping} is called (FX thread) when the columns must be chosen first. */
    public void start(Consumer<List<String>> needsMapping, Consumer<Throwable> onError) {
        Path path = Path.of(file.get().strip());
        ImportRequest request = new ImportRequest(format.get().format(), mapping.get(), blank(sheet.get()),
                blank(sourceName.get()), blank(currency.get())).withAcceptRemovals(acceptRemovals.get());
        running.set(true);
        report.set(null);
        issues.clear();
        progress.set(-1);
        status.set("Starting…");
        handle = tasks.submit("Importing " + path.getFileName(), job -> service.importFeed(FeedSource.of(path), request,
                forwarding(job)), this::finished, error -> {
                    running.set(false);
                    if (error instanceof ColumnMappedReader.MappingNeededException needed) {
                        status.set("Choose which columns hold the id, title and price.");
                        needsMapping.accept(needed.headers());
                    } else {
                        status.set("Import failed: nothing was changed.");
                        onError.accept(error);
                    }
                });
    }

    /** Stops the running import at its next row; the catalog stays exactly as it was. */
    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
            status.set("Cancelled: the catalog was left as it was.");
            running.set(false);
            progress.set(0);
        }
    }

    private void finished(ImportReport done) {
        running.set(false);
        progress.set(1);
        report.set(done);
        status.set(done.durationMs() < 1000 ? "Imported in less than a second."
                : "Imported in " + String.format(java.util.Locale.ROOT, "%.1f", done.durationMs() / 1000.0) + " s.");
        issues.setAll(Issue.of(done));
    }

    /** The service's progress, forwarded to this dialog (at most every 100 ms) as well as to the status bar. */
    private Progress forwarding(Progress task) {
        return new Progress() {
            private long last;

            @Override
            public void update(long done, long total, String message) {
                task.update(done, total, message);
                long now = System.nanoTime();
                if (now - last > 100_000_000L || total > 0 && done >= total) {
                    last = now;
                    double fraction = total > 0 ? (double) done / total : -1;
                    tasks.onFxThread(() -> {
                        if (running.get()) {
                            progress.set(fraction);
                            status.set(message);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    /** The flag line for the report area, then what the import noticed about the whole file (its notes). */
    static String flagsText(ImportReport done) {
        StringBuilder text = new StringBuilder();
        if (done.flaggedPosts() + done.flaggedPolls() > 0) {
            text.append(Formats.count(done.flaggedPosts())).append(" posts and ").append(Formats.count(done.flaggedPolls()))
                    .append(" polls tag items this import removed or put out of stock; the composer shows them.");
        }
        for (String note : done.notes()) {
            text.append(text.length() == 0 ? "" : "\n").append(note);
        }
        return text.toString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // properties

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<FormatChoice> formatProperty() {
        return format;
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** Mark items removed even when the file lists far fewer than the source had (otherwise they are kept). */
    public BooleanProperty acceptRemovalsProperty() {
        return acceptRemovals;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public StringProperty mappingSummaryProperty() {
        return mappingSummary;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public ObservableList<Issue> issues() {
        return issues;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    ImportService service() {
        return service;
    }
}
