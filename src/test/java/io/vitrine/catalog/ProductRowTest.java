package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductRowTest {

    private static ProductRow titled(String first, String last) {
        return new ProductRow("g", first, last, null, null, null, "EUR", 1, 1, 2, 2, 0, 0, 0);
    }

    @Test
    void aProductIsNamedByWhatItsVariantTitlesShare() {
        assertThat(titled("Lune Table Lamp – Ivory", "Lune Table Lamp – Terracotta").displayTitle()).isEqualTo("Lune Table Lamp");
        assertThat(titled("Lune Table Lamp – Sage", "Lune Table Lamp – Sand").displayTitle()).isEqualTo("Lune Table Lamp");
        assertThat(titled("Ambre Candle, 180 g", "Ambre Candle, 400 g").displayTitle()).isEqualTo("Ambre Candle");
        assertThat(titled("Bulle Vase – Sage, L", "Bulle Vase – Smoke, S").displayTitle()).isEqualTo("Bulle Vase");
        assertThat(titled("Tee S", "Tee XL").displayTitle()).isEqualTo("Tee");
    }

    @Test
    void loneItemsAndUnrelatedTitlesKeepTheFirstTitle() {
        assertThat(titled("Galet Soap Dish", "Galet Soap Dish").displayTitle()).isEqualTo("Galet Soap Dish");
        assertThat(titled("Alpha", "Zulu").displayTitle()).isEqualTo("Alpha");
    }
}
