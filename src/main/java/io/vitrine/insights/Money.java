package io.vitrine.insights;

import io.vitrine.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An amount in one currency (micros). Revenue is a list of these: amounts in different currencies never add up. */
public record Money(String currency, long micros) {

    public BigDecimal amount() {
        return Formats.fromMicros(micros);
    }

    /** "€1,234.50"; an amount whose currency the platform did not say shows as a plain number. */
    public String display() {
        return currency == null || currency.isEmpty() ? Formats.fromMicros(micros).toPlainString() : Formats.money(micros, currency);
    }

    /** One entry per currency, by currency code. */
    static List<Money> of(Map<String, Long> microsByCurrency) {
        List<Money> list = new ArrayList<>();
        new TreeMap<>(microsByCurrency).forEach((currency, micros) -> list.add(new Money(currency, micros)));
        return List.copyOf(list);
    }

    /** The amount in a currency from a revenue list, 0 when absent. */
    public static long micros(List<Money> revenue, String currency) {
        return revenue.stream().filter(m -> m.currency().equals(currency)).mapToLong(Money::micros).sum();
    }
}
