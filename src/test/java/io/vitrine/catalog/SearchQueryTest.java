package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void everyWordBecomesAQuotedPrefix() {
        assertThat(SearchQuery.parse("Lune lam").orElseThrow().match()).isEqualTo("\"Lune\"* \"lam\"*");
        assertThat(SearchQuery.parse("ML-LUNE-01").orElseThrow().words()).containsExactly("ML", "LUNE", "01");
    }

    @Test
    void ftsSyntaxTypedByAPersonIsJustText() {
        assertThat(SearchQuery.parse("lamp\" OR title:* NEAR(") .orElseThrow().match()).isEqualTo("\"lamp\"* \"OR\"* \"title\"* \"NEAR\"*");
        assertThat(SearchQuery.parse(" -*:\"() ")).isEmpty();
        assertThat(SearchQuery.parse(null)).isEmpty();
    }

    @Test
    void foldsAccentsAndCaseLikeTheIndex() {
        assertThat(SearchQuery.fold("Lumière ÉTOILE")).isEqualTo("lumiere etoile");
    }

    @Test
    void keepsAtMostEightWords() {
        assertThat(SearchQuery.parse("a b c d e f g h i j").orElseThrow().words()).hasSize(8);
    }
}
