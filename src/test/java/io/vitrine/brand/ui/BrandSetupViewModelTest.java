package io.vitrine.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.BrandProfile;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first brand profile: a handle suggested from the name, the zone, adding it or saying why not. */
class BrandSetupViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    BrandFeature brand;
    final List<BrandProfile> created = new ArrayList<>();
    BrandSetupViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("b.vitrine"), null);
        brand = BrandFeature.of(workspace.database());
        model = new BrandSetupViewModel(brand.brands(), new InlineTaskExecutor(new ScriptedDialogs()), created::add);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theHandleFollowsTheNameUntilThePersonTypesOne() {
        model.nameProperty().set("Maison Lumière");
        assertThat(model.handleProperty().get()).isEqualTo("maisonlumiere");
        model.handleProperty().set("lumiere.paris");
        model.nameProperty().set("Maison Lumière Paris");
        assertThat(model.handleProperty().get()).isEqualTo("lumiere.paris");
        assertThat(model.zones()).first().isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void theProfileIsStoredInItsZoneAndHandedOn() {
        model.nameProperty().set("Maison Lumière");
        model.zoneProperty().set(ZoneId.of("Europe/Paris"));
        model.create();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(created).singleElement().satisfies(profile -> {
            assertThat(profile.handle()).isEqualTo("maisonlumiere");
            assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        });
        assertThat(brand.brands().list()).hasSize(1);
    }

    @Test
    void aProfileWithoutANameIsNotAddedAndTheFormSaysWhy() {
        model.create();
        assertThat(created).isEmpty();
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(brand.brands().list()).isEmpty();
    }
}
