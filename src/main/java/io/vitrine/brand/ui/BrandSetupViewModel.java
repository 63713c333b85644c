package io.vitrine.brand.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.BrandProfiles;
import io.vitrine.common.VitrineException;
import io.vitrine.ui.TaskExecutor;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first brand profile of a workspace: its name, the handle (suggested from the name until the person
 * types one), the time zone it plans in; adding it, or saying why it cannot be added.
 */
public final class BrandSetupViewModel {
    private final BrandProfiles brands;
    private final TaskExecutor tasks;
    private final Consumer<BrandProfile> onCreated;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty handle = new SimpleStringProperty("");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final ObservableList<ZoneId> zones = FXCollections.observableArrayList(ZoneChoices.around(ZoneId.systemDefault()));
    private final ObservableList<ZoneId> zonesView = FXCollections.unmodifiableObservableList(zones);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param onCreated runs (FX thread) with the profile once it is stored */
    public BrandSetupViewModel(BrandProfiles brands, TaskExecutor tasks, Consumer<BrandProfile> onCreated) {
        this.brands = brands;
        this.tasks = tasks;
        this.onCreated = onCreated;
        name.addListener((obs, old, now) -> {
            if (handle.get().isBlank() || handle.get().equals(handleFor(old))) {
                handle.set(handleFor(now));
            }
        });
    }

    /** "Maison Lumière" → "maisonlumiere": what a platform handle may hold, at most 30 characters. */
    static String handleFor(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]", "");
        return plain.length() > 30 ? plain.substring(0, 30) : plain;
    }

    /** Adds the profile; a name, handle or zone the workspace refuses is said under the form. */
    public void create() {
        String chosenName = name.get();
        String chosenHandle = handle.get();
        ZoneId chosenZone = zone.get();
        tasks.submit("Adding the brand profile", progress -> brands.create(chosenName, chosenHandle, chosenZone), created -> {
            error.set("");
            onCreated.accept(created);
        }, failure -> error.set(VitrineException.describe(failure)));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty handleProperty() {
        return handle;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ObservableList<ZoneId> zones() {
        return zonesView;
    }

    /** Why the profile was not added; empty when nothing is wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
