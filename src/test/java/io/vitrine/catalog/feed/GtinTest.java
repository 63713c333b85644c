package io.vitrine.catalog.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void acceptsValidGtinsOfEveryLength() {
        assertThat(Gtin.problem("4006381333931")).isNull(); // EAN-13
        assertThat(Gtin.problem("73513537")).isNull(); // EAN-8
        assertThat(Gtin.problem("036000291452")).isNull(); // UPC-A
        assertThat(Gtin.problem("10012345678902")).isNull(); // GTIN-14
        assertThat(Gtin.problem("400-6381 333931")).isNull();
        assertThat(Gtin.normalize("400-6381 333931")).isEqualTo("4006381333931");
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndLetters() {
        assertThat(Gtin.problem("4006381333932")).contains("wrong check digit (expected 1)");
        assertThat(Gtin.problem("12345")).contains("has 5 digits");
        assertThat(Gtin.problem("40063813339AB")).contains("digits only");
    }

    @Test
    void computesTheGs1CheckDigit() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("7351353")).isEqualTo(7);
    }
}
