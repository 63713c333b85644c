package io.vitrine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ImageFetcher;
import io.vitrine.catalog.ImportRunRepository;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ProductFilter;
import io.vitrine.catalog.samples.DemoCatalogGenerator;
import io.vitrine.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace gets Maison Lumière's catalog, with pictures that load offline. */
class DemoCatalogIT {
    @TempDir
    Path dir;

    @Test
    void theDemoWorkspaceHasTheMaisonLumiereCatalogWithPictures() {
        try (Workspace workspace = DemoWorkspace.generate(dir.resolve("demo.vitrine"), DemoWorkspace.DEFAULT_SEED,
                Instant.parse("2026-11-22T00:00:00Z"))) {
            CatalogService catalog = new CatalogService(workspace.database());
            assertThat(catalog.itemCount()).isBetween(180L, 220L);
            ProductRepository browser = new ProductRepository(workspace.database());
            ProductFilter all = ProductFilter.all();
            assertThat(browser.count(all)).isBetween(30L, 60L);
            assertThat(browser.count(new ProductFilter(null, null, null, ProductFilter.Stock.OUT_OF_STOCK, null, null, null))).isPositive();
            assertThat(browser.count(new ProductFilter(null, null, null, ProductFilter.Stock.ON_SALE, null, null, null))).isPositive();
            List<ItemSummary> lamps = catalog.variantsOf("ML-LUNE-TL");
            assertThat(lamps).extracting(ItemSummary::id).contains("ML-LUNE-TL-SAGE", "ML-LUNE-TL-IVORY");
            assertThat(catalog.search("lumiere lune", 5)).isNotEmpty();
            ItemSummary sage = catalog.find("ML-LUNE-TL-SAGE").orElseThrow();
            assertThat(sage.currency()).isEqualTo("EUR");
            assertThat(sage.imageLink()).isEqualTo("vitrine-resource:/demo/products/lune-tl-sage.jpg");
            byte[] picture = new ImageFetcher().fetch(sage.imageLink()).orElseThrow();
            assertThat(picture[0] & 0xFF).isEqualTo(0xFF); // a JPEG
            assertThat(new ImportRunRepository(workspace.database()).recent(1).get(0).source()).isEqualTo("Maison Lumière feed");
        }
    }

    @Test
    void theBundledFeedIsWhatTheGeneratorWrites() throws Exception {
        DemoCatalogGenerator.main(new String[] {dir.toString()});
        String generated = Files.readString(dir.resolve("maison-lumiere.xml"), StandardCharsets.UTF_8);
        String bundled;
        try (var in = getClass().getResourceAsStream("/vitrine-resources/" + DemoCatalog.FEED)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(bundled).isEqualTo(generated);
    }
}
