package io.vitrine.report.ui;

import io.vitrine.common.Formats;
import io.vitrine.report.ReportFeature;
import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DesktopIntegration;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.StyleClasses;
import io.vitrine.ui.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Reports section: pick the scope, export an Excel workbook, open what was exported. */
public final class ReportsView implements SectionView {
    @FXML
    private ComboBox<ReportScope> scopeBox;
    @FXML
    private CheckBox eventsCheck;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Button exportButton;
    @FXML
    private ListView<ReportResult> exportList;

    private final Parent root;
    private final StudioContext context;
    private final ReportsViewModel model;

    public ReportsView(StudioContext context) {
        this.context = context;
        this.model = new ReportsViewModel(context.feature(ReportFeature.class).exporter(), context.tasks(), context.dialogs());
        root = ViewLoader.load(this);
        scopeBox.setItems(model.scopes());
        scopeBox.valueProperty().bindBidirectional(model.scopeProperty());
        scopeBox.setConverter(Converters.displaying(ReportScope::describe));
        eventsCheck.selectedProperty().bindBidirectional(model.includeEventsProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        exportButton.disableProperty().bind(model.exportingProperty());
        exportButton.setOnAction(e -> chooseAndExport());
        exportList.setItems(model.exports());
        exportList.setCellFactory(list -> new ExportCell());
    }

    private void chooseAndExport() {
        context.dialogs().chooseFileToSave("Export Report", model.suggestedFileName(context.workspace().name()),
                        List.of(FileType.of("Excel workbooks", "*.xlsx")))
                .ifPresent(model::export);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }

    /** An exported workbook: name, what is in it, and buttons to open it or its folder. */
    private static final class ExportCell extends ListCell<ReportResult> {
        @Override
        protected void updateItem(ReportResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                setGraphic(null);
                return;
            }
            Path file = Path.of(result.file());
            Label name = new Label(file.getFileName().toString());
            name.getStyleClass().add(StyleClasses.ITEM_TITLE);
            Label detail = new Label(result.sheets().size() + " sheets · " + result.charts() + " charts · "
                    + Formats.count(result.eventRows()) + " event rows · " + file.getParent());
            detail.getStyleClass().add(StyleClasses.ITEM_DETAIL);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button open = new Button("Open");
            open.setOnAction(e -> DesktopIntegration.open(file));
            Button folder = new Button("Show folder");
            folder.setOnAction(e -> DesktopIntegration.open(file.getParent()));
            open.setDisable(!DesktopIntegration.available());
            folder.setDisable(!DesktopIntegration.available());
            HBox row = new HBox(8, new VBox(2, name, detail), spacer, open, folder);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
