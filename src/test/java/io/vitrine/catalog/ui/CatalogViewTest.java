package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogService;
import io.vitrine.ui.FxDialogService;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Catalog screen driven as a person would: import files through the dialog, browse, expand, search, filter. */
class CatalogViewTest extends FxRobot {
    private static final Path SAMPLES = Path.of("resources", "samples").toAbsolutePath();

    @TempDir
    Path dir;
    Workspace workspace;
    FxTaskExecutor tasks;

    @BeforeEach
    void start() throws Exception {
        workspace = Workspace.create(dir.resolve("shop.vitrine"), "Shop");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FxDialogService dialogs = new FxDialogService(() -> stage);
            tasks = new FxTaskExecutor(dialogs);
            CatalogView view = new CatalogView(ViewFixture.context(workspace, tasks, dialogs));
            StackPane root = new StackPane(view.root());
            root.getStylesheets().add(Stylesheets.STUDIO);
            root.setPrefSize(1280, 800);
            view.onShow();
            return root;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        workspace.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                System.err.println("window " + w + " showing=" + w.isShowing());
                dump(w.getScene().getRoot(), "  ");
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void dump(javafx.scene.Parent parent, String indent) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n.getId() != null || n instanceof Label) {
                System.err.println(indent + n.getClass().getSimpleName() + " #" + n.getId()
                        + (n instanceof Label l ? " '" + l.getText() + "'" : ""));
            }
            if (n instanceof javafx.scene.Parent p) {
                dump(p, indent + " ");
            }
        }
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<CatalogRow> table() {
        return lookup("#catalogTable").queryAs(TableView.class);
    }

    @Test
    void importsAFeedThroughTheDialogThenBrowsesExpandsSearchesAndFilters() throws Exception {
        waitFor(() -> lookup("#catalogEmptyState").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#importButton");
        waitFor(() -> lookup("#importFileField").tryQuery().isPresent());
        clickOn("#importFileField").write(SAMPLES.resolve("gmc-rss.xml").toString());
        waitFor(() -> text("#detectedFormatLabel").contains("Google Merchant Center XML"));
        clickOn("#startImportButton");
        waitFor(() -> text("#reportSummaryLabel").startsWith("9 read: 6 new"));
        assertThat(lookup("#issuesTable").queryTableView().getItems()).hasSize(4); // 3 rejected rows, 1 warning
        assertThat(text("#reportSummaryLabel")).contains("3 rejected, 1 warning");
        io.vitrine.ui.Snapshots.save(lookup("#startImportButton").query(), "import-dialog");
        clickOn("#closeImportButton");

        waitFor(() -> text("#countLabel").equals("3 products"));
        assertThat(lookup("#catalogEmptyState").tryQuery()).isEmpty();
        waitFor(() -> table().getItems().size() == 3 && !table().getItems().get(0).isLoading());
        CatalogRow lune = table().getItems().get(1);
        assertThat(lune.product().title()).startsWith("Lune Table Lamp");
        assertThat(lune.product().variants()).isEqualTo(3);

        clickOn("#expand-1"); // ▸ opens the variant group below the product
        waitFor(() -> table().getItems().size() == 6);
        assertThat(table().getItems().get(2).variant().item().id()).isEqualTo("ML-LUNE-TL-SAGE");
        clickOn("Lune Table Lamp – Ivory");
        waitFor(() -> text("#detailTitle").equals("Lune Table Lamp – Ivory"));
        assertThat(text("#detailStock")).isEqualTo("Out of stock");
        clickOn("#expand-1");
        waitFor(() -> table().getItems().size() == 3);

        clickOn("#searchField").write("figue");
        waitFor(() -> text("#countLabel").equals("1 product"));
        assertThat(table().getItems().get(0).product().title()).isEqualTo("Figue Noire Scented Candle");
        clickOn("#clearFiltersButton");
        waitFor(() -> text("#countLabel").equals("3 products"));

        clickOn("#stockFilter").clickOn("Out of stock");
        waitFor(() -> text("#countLabel").equals("1 product")); // only the Lune lamp has a variant out of stock
        clickOn("#clearFiltersButton");
        clickOn("#minPriceField").write("100");
        waitFor(() -> text("#countLabel").equals("1 product")); // the Orage throw: 129–159 €
    }

    @Test
    void aCsvWithUnknownColumnsAsksForThemThenImports() throws Exception {
        clickOn("#importButton");
        waitFor(() -> lookup("#importFileField").tryQuery().isPresent());
        clickOn("#importFileField").write(SAMPLES.resolve("generic.csv").toString());
        waitFor(() -> text("#detectedFormatLabel").contains("CSV"));
        clickOn("#startImportButton");
        waitFor(() -> lookup("#mapping-0").tryQuery().isPresent());
        assertThat(text("#mappingMissingLabel")).isEqualTo("Still needed: id, title, price");
        clickOn("#mapping-0").clickOn("id (required)");
        clickOn("#mapping-1").clickOn("title (required)");
        clickOn("#mapping-3").clickOn("price (required)");
        clickOn("#mappingCurrencyField").write("EUR");
        waitFor(() -> text("#mappingMissingLabel").isEmpty());
        assertThat(lookup("#mappingPreview").queryTableView().getItems()).hasSize(4);
        clickOn("#useMappingButton");
        waitFor(() -> text("#reportSummaryLabel").startsWith("4 read: 4 new"));
        clickOn("#closeImportButton");
        waitFor(() -> text("#countLabel").equals("4 products"));
        assertThat(new CatalogService(workspace.database()).find("ML-MIROIR-SOLEIL").orElseThrow().priceMicros())
                .isEqualTo(1_249_000_000L);
    }
}
