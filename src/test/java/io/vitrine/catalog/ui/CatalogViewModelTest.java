package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ProductFilter;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog screen's state without a screen: filters, counts, paged rows, the detail pane's item. */
class CatalogViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    CatalogViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("c.vitrine"), null);
        CatalogSamples.importSample(workspace, "gmc.tsv");
        CatalogFeature feature = CatalogSamples.feature(workspace);
        model = new CatalogViewModel(feature.products(), feature.catalog(), new InlineTaskExecutor(dialogs));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void reloadOffersTheCatalogsBrandsAndCategoriesAndCountsItsProducts() {
        model.reload();
        assertThat(model.brands()).first().isEqualTo(CatalogViewModel.ALL_BRANDS);
        assertThat(model.brands()).contains("Maison Lumière");
        assertThat(model.categories()).first().isEqualTo(CatalogViewModel.ALL_CATEGORIES);
        assertThat(model.catalogEmptyProperty().get()).isFalse();
        long products = model.rowsProperty().get().products();
        assertThat(products).isPositive();
        assertThat(model.countTextProperty().get()).isEqualTo(products == 1 ? "1 product" : products + " products");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aSearchNarrowsTheRowsAndClearingTheFiltersBringsThemBack() {
        model.reload();
        long all = model.rowsProperty().get().products();
        model.searchTextProperty().set("cushion");
        model.applyFilter();
        PagedProductList rows = model.rowsProperty().get();
        assertThat(rows.products()).isEqualTo(1); // one product: the cushion in three colours
        rows.get(0); // asks for the page (loaded inline)
        assertThat(rows.get(0).product().title()).contains("Linen Cushion");
        assertThat(rows.get(0).product().variants()).isEqualTo(3);

        model.clearFilters();
        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.rowsProperty().get().products()).isEqualTo(all);
    }

    @Test
    void aPriceThatIsNotANumberIsFlaggedAndIgnored() {
        model.reload();
        long all = model.rowsProperty().get().products();
        model.minPriceProperty().set("cheap");
        model.applyFilter();
        assertThat(model.priceInvalidProperty().get()).isTrue();
        assertThat(model.rowsProperty().get().products()).isEqualTo(all);
        model.minPriceProperty().set("100,00 €");
        model.applyFilter();
        assertThat(model.priceInvalidProperty().get()).isFalse();
        assertThat(model.rowsProperty().get().products()).isLessThan(all);
    }

    @Test
    void selectingAProductShowsItsFirstVariantAndListsTheOthers() {
        model.searchTextProperty().set("cushion");
        model.reload();
        PagedProductList rows = model.rowsProperty().get();
        rows.get(0);
        model.select(rows.get(0));
        assertThat(model.detailProperty().get()).isNotNull();
        assertThat(model.detailProperty().get().item().title()).startsWith("Linen Cushion Cover");
        assertThat(model.detailVariants()).hasSize(3);

        model.showInDetail(model.detailVariants().get(2));
        assertThat(model.detailProperty().get()).isEqualTo(model.detailVariants().get(2));
        model.select(null);
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.detailVariants()).isEmpty();
    }

    @Test
    void anEmptyWorkspaceSaysSo() {
        Workspace empty = Workspace.create(dir.resolve("empty.vitrine"), null);
        try (empty) {
            CatalogFeature feature = CatalogSamples.feature(empty);
            CatalogViewModel emptyModel = new CatalogViewModel(feature.products(), feature.catalog(), new InlineTaskExecutor(dialogs));
            emptyModel.stockProperty().set(ProductFilter.Stock.ALL);
            emptyModel.reload();
            assertThat(emptyModel.catalogEmptyProperty().get()).isTrue();
            assertThat(emptyModel.countTextProperty().get()).isEqualTo("0 products");
        }
    }
}
