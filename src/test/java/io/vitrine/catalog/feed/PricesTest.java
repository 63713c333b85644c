package io.vitrine.catalog.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "49.90 EUR|49900000|EUR",
        "EUR 49.90|49900000|EUR",
        "EUR49.90|49900000|EUR",
        "49.90|49900000|GBP",
        "€49,90|49900000|EUR",
        "49,90 €|49900000|EUR",
        "1.299,00 EUR|1299000000|EUR",
        "1,299.00 USD|1299000000|USD",
        "$1,299|1299000000|USD",
        "1 299,50 EUR|1299500000|EUR",
        "£12|12000000|GBP",
        "0.00 EUR|0|EUR",
        "12.345 USD|12345000|USD",
        "1.234.567 JPY|1234567000000|JPY",
    })
    void readsPricesAsFeedsWriteThem(String text, long micros, String currency) {
        Prices.Result result = Prices.parse(text, "GBP");
        assertThat(result.problem()).isNull();
        assertThat(result.money()).isEqualTo(new Prices.Money(micros, currency));
    }

    @Test
    void aDollarFollowsADollarDefaultCurrency() {
        assertThat(Prices.parse("$20", "CAD").money().currency()).isEqualTo("CAD");
        assertThat(Prices.parse("$20", "EUR").money().currency()).isEqualTo("USD");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(Prices.parse(null, "EUR").problem()).isEqualTo("is missing");
        assertThat(Prices.parse("  ", "EUR").problem()).isEqualTo("is missing");
        assertThat(Prices.parse("-5.00 EUR", "EUR").problem()).contains("negative");
        assertThat(Prices.parse("cheap", "EUR").problem()).contains("is not a price");
        assertThat(Prices.parse("12.00", null).problem()).contains("has no currency");
        assertThat(Prices.parse("12..0 EUR", "EUR").ok()).isFalse();
    }
}
