package io.vitrine.catalog.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.common.EventBus;
import io.vitrine.catalog.scan.PhotoLibrary;
import io.vitrine.catalog.scan.ScanFixture;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Similar items on the scan fixture, where the expected neighbours are obvious. */
class SimilarItemsIT {
    @TempDir
    Path dir;
    Workspace workspace;
    SimilarItems similar;
    PhotoLibrary photos;

    @BeforeEach
    void open() throws Exception {
        workspace = ScanFixture.create(dir);
        io.vitrine.catalog.find.FindFeature find = io.vitrine.catalog.find.FindFeature.of(workspace.database(),
                CatalogFeature.of(workspace.database(), new EventBus()));
        photos = find.photos();
        similar = find.similar();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static List<String> ids(List<SimilarItem> items) {
        return items.stream().map(s -> s.item().id()).toList();
    }

    @Test
    void otherVariantsComeFirstThenTheSameTypeAndTheOutOfStockVariantLast() {
        List<SimilarItem> found = similar.of("LUNE-SAGE", 10);
        assertThat(ids(found)).startsWith("LUNE-IVORY", "ECLAT-CHALK").endsWith("LUNE-INK")
                .doesNotContain("LUNE-SAGE", "REMOVED-1");
        SimilarItem ivory = found.get(0);
        assertThat(ivory.reasons()).contains("same product, another variant", "same type", "shared words: lune, table, lamp",
                "same brand", "similar price", "in stock");
        assertThat(ivory.score()).isGreaterThan(found.get(1).score());
        assertThat(found.get(found.size() - 1).reasons()).contains("out of stock");
        assertThat(ids(found)).as("a rug shares no word, type or price with a lamp").doesNotContain("ATLAS-OCHRE");
    }

    @Test
    void scoresAreTheSumOfTheReasonsShownAndTheLimitHolds() {
        SimilarItem eclat = similar.of("LUNE-SAGE", 10).stream().filter(s -> s.item().id().equals("ECLAT-CHALK")).findFirst()
                .orElseThrow();
        // same type 0.20 + "table, lamp" of 4 words 0.125 + brand 0.10 + price 79 vs 89 (11% off, within 25%) 0.078
        assertThat(eclat.reasons()).containsExactly("same type", "shared words: table, lamp", "same brand", "similar price", "in stock");
        assertThat(eclat.score()).isEqualTo(0.50);
        assertThat(similar.of("LUNE-SAGE", 2)).hasSize(2);
    }

    @Test
    void picturesThatLookAlikeCountOnceFingerprinted() {
        photos.update(Progress.NONE);
        SimilarItem vase = similar.of("LUNE-SAGE", 10).stream().filter(s -> s.item().id().equals("ONDE-SAGE")).findFirst()
                .orElseThrow();
        assertThat(vase.reasons()).contains("same colour");
        assertThat(similar.of("ARC-BRASS", 10)).isNotEmpty();
    }

    @Test
    void anUnknownItemSaysSo() {
        assertThatThrownBy(() -> similar.of("NOPE", 5)).isInstanceOf(VitrineException.class).hasMessageContaining("no item NOPE");
    }
}
