package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EventBus;
import io.vitrine.ui.FxDialogService;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.Stylesheets;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Types into the real picker over a real workspace and picks with the keyboard and the mouse. */
class ProductPickerTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void typingFindsItemsAndEnterPicksTheFirst() throws Exception {
        workspace = Workspace.create(dir.resolve("p.vitrine"), null);
        workspace.database().write(sql -> {
            String insert = "INSERT INTO catalog_item(id, title, brand, price_micros, currency, availability, stock_quantity,"
                    + " updated_at) VALUES (?, ?, 'Maison Lumière', ?, 'EUR', ?, ?, 'x')";
            sql.update(insert, "LAMP-1", "Lune table lamp", 89_000_000L, "in_stock", 12);
            sql.update(insert, "LAMP-2", "Lune floor lamp", 189_000_000L, "out_of_stock", 0);
            sql.update(insert, "CUSH-1", "Linen cushion", 29_000_000L, "in_stock", 3);
            return null;
        });
        List<ItemSummary> picked = new ArrayList<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FxTaskExecutor tasks = new FxTaskExecutor(new FxDialogService(() -> stage));
            ProductPicker picker = new ProductPicker(CatalogFeature.of(workspace.database(), new EventBus()), tasks);
            picker.setOnItemPicked(picked::add);
            VBox root = new VBox(picker);
            root.getStylesheets().add(Stylesheets.STUDIO);
            return root;
        });
        FxToolkit.showStage();

        clickOn("#" + ProductPicker.FIELD_ID).write("lune");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#" + ProductPicker.RESULTS_ID).tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() == 2).orElse(false));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picked).extracting(ItemSummary::id).containsExactly("LAMP-2"); // "Lune floor" sorts first
        assertThat(lookup("#" + ProductPicker.FIELD_ID).queryTextInputControl().getText()).isEqualTo("Lune floor lamp");

        // type again, move down into the list with the keyboard and pick there
        doubleClickOn("#" + ProductPicker.FIELD_ID).eraseText(20).write("lin");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#" + ProductPicker.RESULTS_ID).tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() == 1 && n.getScene().getWindow().isShowing()).orElse(false));
        type(KeyCode.DOWN); // into the list, first row selected
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picked).extracting(ItemSummary::id).containsExactly("LAMP-2", "CUSH-1");
    }
}
