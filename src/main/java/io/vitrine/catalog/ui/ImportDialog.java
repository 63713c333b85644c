package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The import dialog: choose a feed (and its columns if needed), watch it import, cancel, read the report. */
final class ImportDialog {
    static final List<DialogService.FileType> FEED_FILES = List.of(
            DialogService.FileType.of("Product feeds", "*.xml", "*.tsv", "*.txt", "*.csv", "*.xlsx"),
            DialogService.FileType.of("All files", "*.*"));

    @FXML
    private TextField importFileField;
    @FXML
    private Button browseButton;
    @FXML
    private ComboBox<ImportViewModel.FormatChoice> importFormatBox;
    @FXML
    private Label detectedFormatLabel;
    @FXML
    private ComboBox<String> importSourceBox;
    @FXML
    private TextField importSheetField;
    @FXML
    private TextField importCurrencyField;
    @FXML
    private Button mappingButton;
    @FXML
    private CheckBox acceptRemovalsBox;
    @FXML
    private Label mappingSummaryLabel;
    @FXML
    private VBox progressBox;
    @FXML
    private ProgressBar importProgress;
    @FXML
    private Label importStatusLabel;
    @FXML
    private VBox reportBox;
    @FXML
    private Label reportSummaryLabel;
    @FXML
    private Label reportFlagsLabel;
    @FXML
    private TableView<ImportViewModel.Issue> issuesTable;
    @FXML
    private Button cancelImportButton;
    @FXML
    private Button closeImportButton;
    @FXML
    private Button startImportButton;

    private final StudioContext context;
    private final ImportViewModel model;
    private final Stage stage = new Stage();

    ImportDialog(StudioContext context, CatalogFeature feature, javafx.stage.Window owner) {
        this.context = context;
        this.model = new ImportViewModel(feature.imports(), feature.sources(), context.tasks());
        Parent root = ViewLoader.load(this);
        root.getStylesheets().add(io.vitrine.ui.Stylesheets.STUDIO);
        stage.setTitle("Import a product feed");
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root));
        bind();
        model.loadSources();
    }

    private void bind() {
        importFileField.textProperty().bindBidirectional(model.fileProperty());
        importFormatBox.getItems().setAll(ImportViewModel.formatChoices());
        importFormatBox.valueProperty().bindBidirectional(model.formatProperty());
        detectedFormatLabel.textProperty().bind(model.detectedProperty());
        importSourceBox.setItems(model.sources());
        importSourceBox.getEditor().textProperty().bindBidirectional(model.sourceNameProperty());
        importSheetField.textProperty().bindBidirectional(model.sheetProperty());
        acceptRemovalsBox.selectedProperty().bindBidirectional(model.acceptRemovalsProperty());
        importCurrencyField.textProperty().bindBidirectional(model.currencyProperty());
        mappingSummaryLabel.textProperty().bind(model.mappingSummaryProperty());
        importProgress.progressProperty().bind(model.progressProperty());
        importStatusLabel.textProperty().bind(model.statusProperty());
        progressBox.visibleProperty().bind(model.runningProperty().or(model.statusProperty().isNotEmpty()));
        startImportButton.disableProperty().bind(model.canStartProperty().not());
        cancelImportButton.visibleProperty().bind(model.runningProperty());
        closeImportButton.disableProperty().bind(model.runningProperty());
        for (javafx.scene.Node input : new javafx.scene.Node[] {importFileField, browseButton, importFormatBox,
            importSourceBox, importSheetField, importCurrencyField, mappingButton, acceptRemovalsBox}) {
            input.disableProperty().bind(model.runningProperty());
        }
        reportBox.visibleProperty().bind(model.reportProperty().isNotNull());
        model.reportProperty().addListener((obs, old, report) -> showReport(report));
        issueColumns();
        browseButton.setOnAction(e -> context.dialogs().chooseFileToOpen("Choose a product feed", FEED_FILES)
                .ifPresent(path -> model.fileProperty().set(path.toString())));
        mappingButton.setOnAction(e -> chooseColumns(null));
        startImportButton.setOnAction(e -> start());
        cancelImportButton.setOnAction(e -> model.cancel());
        closeImportButton.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume(); // cancel first: closing must not leave an import running unseen
            }
        });
    }

    private void issueColumns() {
        IssueColumns.configure(issuesTable);
        issuesTable.setItems(model.issues());
    }

    private void showReport(ImportReport report) {
        if (report == null) {
            return;
        }
        reportSummaryLabel.setText(report.summary() + ".");
        reportFlagsLabel.setText(ImportViewModel.flagsText(report));
        context.status().notify("Imported " + report.file() + ": " + report.summary());
    }

    private void start() {
        model.start(this::chooseColumns, error -> context.dialogs().showError("The feed could not be imported", error));
    }

    /** Opens the column-mapping dialog; {@code headers} null reads them from the file. */
    private void chooseColumns(List<String> headers) {
        FeedFormat format = model.effectiveFormat();
        if (model.fileProperty().get().isBlank()) {
            return;
        }
        if (format != null && !format.tabular()) {
            context.dialogs().showInfo("No columns to choose", format.label() + " names its fields itself.");
            return;
        }
        ColumnMappingDialog dialog = new ColumnMappingDialog(context, model.service(),
                Path.of(model.fileProperty().get().strip()), format == null ? FeedFormat.CSV : format,
                blank(model.sheetProperty().get()), model.mappingProperty().get(), stage);
        dialog.showAndWait().ifPresent(mapping -> {
            useMapping(mapping);
            if (headers != null) {
                start(); // the import stopped to ask for the columns: carry on with them
            }
        });
    }

    private void useMapping(ColumnMapping mapping) {
        model.mappingProperty().set(mapping);
        model.mappingSummaryProperty().set(mapping.columns().size() + " columns chosen"
                + (mapping.currency() != null ? ", prices in " + mapping.currency() : ""));
        if (mapping.currency() != null && model.currencyProperty().get().isBlank()) {
            model.currencyProperty().set(mapping.currency());
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void show() {
        stage.show();
    }
}
