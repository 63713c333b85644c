package io.vitrine.catalog.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.ImportService;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.item.Field;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.StyleClasses;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Maps a spreadsheet's columns to catalog fields, with the first rows as they will import. */
final class ColumnMappingDialog {

    @FXML
    private GridPane mappingGrid;
    @FXML
    private TextField mappingCurrencyField;
    @FXML
    private TableView<List<String>> mappingPreview;
    @FXML
    private Label mappingMissingLabel;
    @FXML
    private Button cancelMappingButton;
    @FXML
    private Button useMappingButton;

    private final Stage stage = new Stage();
    private ColumnMappingViewModel model;
    private ColumnMapping chosen;

    ColumnMappingDialog(StudioContext context, ImportService service, Path file, FeedFormat format, String sheet,
                        ColumnMapping start, Window owner) {
        Parent root = ViewLoader.load(this);
        root.getStylesheets().add(Stylesheets.STUDIO);
        stage.setTitle("Choose columns — " + file.getFileName());
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root));
        useMappingButton.setDisable(true);
        cancelMappingButton.setOnAction(e -> stage.close());
        useMappingButton.setOnAction(e -> {
            chosen = model.toMapping();
            stage.close();
        });
        ColumnMappingViewModel.read(service, context.tasks(), file, format, sheet, start, this::show, error -> {
            stage.close();
            context.dialogs().showError("The columns could not be read", error);
        });
    }

    private void show(ColumnMappingViewModel loaded) {
        model = loaded;
        mappingCurrencyField.textProperty().bindBidirectional(model.currencyProperty());
        mappingMissingLabel.textProperty().bind(model.missingProperty());
        useMappingButton.disableProperty().bind(model.completeProperty().not());
        int row = 0;
        for (String header : model.headers()) {
            Label name = new Label(header.isBlank() ? "(unnamed column " + (row + 1) + ")" : header);
            name.getStyleClass().add(StyleClasses.ITEM_TITLE);
            ComboBox<Field> field = new ComboBox<>();
            field.setId("mapping-" + row);
            field.getItems().add(null);
            field.getItems().addAll(Field.values());
            field.setConverter(FIELD_NAMES);
            field.valueProperty().bindBidirectional(model.choice(header));
            field.valueProperty().addListener((obs, old, now) -> refreshPreview());
            field.setPrefWidth(200);
            Label samples = new Label(model.samples(header));
            samples.getStyleClass().add(Styles.TEXT_MUTED);
            mappingGrid.addRow(row++, name, field, samples);
        }
        refreshPreview();
    }

    private void refreshPreview() {
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        for (Field field : model.chosenFields()) {
            TableColumn<List<String>, String> column = new TableColumn<>(field.key());
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(model.value(d.getValue(), field)));
            column.setPrefWidth(field == Field.TITLE || field == Field.DESCRIPTION ? 220 : 110);
            columns.add(column);
        }
        mappingPreview.getColumns().setAll(columns);
        mappingPreview.getItems().setAll(columns.isEmpty() ? List.of() : model.rows());
    }

    /** Shows the dialog and waits; the mapping when the person chose one. */
    Optional<ColumnMapping> showAndWait() {
        stage.showAndWait();
        return Optional.ofNullable(chosen);
    }

    private static final StringConverter<Field> FIELD_NAMES = new StringConverter<>() {
        @Override
        public String toString(Field field) {
            return field == null ? "Ignore" : field.key() + (field.required() ? " (required)" : "");
        }

        @Override
        public Field fromString(String text) {
            return Field.byKey(text).orElse(null);
        }
    };
}
