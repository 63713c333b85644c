package io.vitrine.brand.ui;

import io.vitrine.ui.Converters;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Asks for the brand profile (name, handle, time zone) the first time someone composes in a workspace. */
public final class BrandSetupView {
    @FXML
    private TextField brandNameField;
    @FXML
    private TextField brandHandleField;
    @FXML
    private ComboBox<ZoneId> brandZoneChoice;
    @FXML
    private Label brandError;

    private final BrandSetupViewModel model;
    private final Parent root;

    public BrandSetupView(BrandSetupViewModel model) {
        this.model = model;
        root = ViewLoader.load(this);
        brandZoneChoice.setItems(model.zones());
        brandZoneChoice.setConverter(Converters.displaying(ZoneChoices::label));
        brandZoneChoice.valueProperty().bindBidirectional(model.zoneProperty());
        brandNameField.textProperty().bindBidirectional(model.nameProperty());
        brandHandleField.textProperty().bindBidirectional(model.handleProperty());
        brandError.textProperty().bind(model.errorProperty());
        brandError.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }

    public Parent root() {
        return root;
    }

    @FXML
    void create() {
        model.create();
    }
}
