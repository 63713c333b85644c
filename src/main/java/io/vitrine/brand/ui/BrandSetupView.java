package io.vitrine.brand.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.BrandProfiles;
import io.vitrine.common.VitrineException;
import io.vitrine.ui.Converters;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Asks for the brand profile (name, handle, time zone) the first time someone composes in a workspace. */
public final class BrandSetupView {
    @FXML TextField brandNameField;
    @FXML TextField brandHandleField;
    @FXML ComboBox<ZoneId> brandZoneChoice;
    @FXML Label brandError;

    private final BrandProfiles brands;
    private final StudioContext context;
    private final Consumer<BrandProfile> onCreated;
    private final Parent root;

    public BrandSetupView(BrandProfiles brands, StudioContext context, Consumer<BrandProfile> onCreated) {
        this.brands = brands;
        this.context = context;
        this.onCreated = onCreated;
        root = ViewLoader.load(this);
        brandZoneChoice.getItems().setAll(ZoneChoices.around(ZoneId.systemDefault()));
        brandZoneChoice.setConverter(Converters.displaying(ZoneChoices::label));
        brandZoneChoice.setValue(ZoneId.systemDefault());
        brandError.setVisible(false);
        brandNameField.textProperty().addListener((obs, old, name) -> {
            if (brandHandleField.getText().isBlank() || brandHandleField.getText().equals(handleFor(old))) {
                brandHandleField.setText(handleFor(name));
            }
        });
    }

    static String handleFor(String name) {
        String plain = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]", "");
        return plain.length() > 30 ? plain.substring(0, 30) : plain;
    }

    public Parent root() {
        return root;
    }

    @FXML
    void create() {
        String name = brandNameField.getText();
        String handle = brandHandleField.getText();
        ZoneId zone = brandZoneChoice.getValue();
        context.tasks().submit("Adding the brand profile", progress -> brands.create(name, handle, zone), onCreated, error -> {
            brandError.setText(VitrineException.describe(error));
            brandError.setVisible(true);
        });
    }
}
