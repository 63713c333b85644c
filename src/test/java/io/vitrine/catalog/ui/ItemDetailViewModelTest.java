package io.vitrine.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.StoredItem;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.ShellStatus;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the detail pane says about an item: prices, facts, and the link copied. */
class ItemDetailViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    CatalogFeature feature;
    final ShellStatus status = new ShellStatus();
    ItemDetailViewModel model;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("d.vitrine"), null);
        CatalogSamples.importSample(workspace, "gmc.tsv");
        feature = CatalogSamples.feature(workspace);
        InlineTaskExecutor tasks = new InlineTaskExecutor(new ScriptedDialogs());
        model = new ItemDetailViewModel(new ThumbnailLoader(tasks, feature.pictures(), 64), status, ZoneId.of("UTC"));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private StoredItem cushion(String colour) {
        List<StoredItem> variants = feature.products().variants("ML-COUSSIN-LIN");
        return variants.stream().filter(v -> v.item().id().endsWith(colour)).findFirst().orElseThrow();
    }

    @Test
    void anItemOnSaleShowsBothPricesAndItsFacts() {
        model.show(cushion("ROUILLE"));
        assertThat(model.itemProperty().get().item().id()).isEqualTo("ML-COUSSIN-LIN-ROUILLE");
        assertThat(model.priceProperty().get()).contains("29");
        assertThat(model.wasPriceProperty().get()).contains("39");
        assertThat(model.facts()).extracting(ItemDetailViewModel.Fact::name).startsWith("ID", "Brand", "GTIN", "MPN");
        assertThat(model.facts()).contains(new ItemDetailViewModel.Fact("GTIN", "3760123450089"));
        assertThat(model.facts()).extracting(ItemDetailViewModel.Fact::name).contains("Source", "Updated");
        assertThat(model.summary().id()).isEqualTo("ML-COUSSIN-LIN-ROUILLE");
    }

    @Test
    void anItemAtItsPriceHasNoWasPriceAndNothingShownIsThePlaceholder() {
        model.show(cushion("SAGE"));
        assertThat(model.wasPriceProperty().get()).isEmpty();
        model.show(null);
        assertThat(model.itemProperty().get()).isNull();
        assertThat(model.summary()).isNull();
    }

    @Test
    void copyingTheLinkSaysSoInTheStatusLine() {
        model.linkCopied("https://maison-lumiere.example/products/linen-cushion?c=sage");
        assertThat(status.noticeProperty().get()).isEqualTo("Product link copied: https://maison-lumiere.example/products/linen-cushion?c=sage");
    }
}
