package io.vitrine.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** The one place numbers, money and dates are turned into text for people. */
public final class Formats {
    private static final long MICROS = 1_000_000L;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private Formats() {
    }

    /** Money is stored as micros (millionths of the currency unit), as merchant feeds and ad platforms do. */
    public static long toMicros(BigDecimal amount) {
        return amount.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal fromMicros(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros();
    }

    /** "€49.90", "¥1,200" — currency digits from ISO 4217, the default locale's grouping. */
    public static String money(long micros, String currencyCode) {
        return money(micros, currencyCode, Locale.getDefault());
    }

    /** As {@link #money(long, String)}, written the way {@code locale} writes money ("71,20 €" in French). */
    public static String money(long micros, String currencyCode, Locale locale) {
        BigDecimal amount = BigDecimal.valueOf(micros, 6);
        try {
            Currency currency = Currency.getInstance(currencyCode);
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(amount);
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currencyCode;
        }
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(n);
    }

    /** 0.8734 → "87%"; 0.0042 → "0.4%" so small shares stay visible. */
    public static String percent(double fraction) {
        double pct = fraction * 100;
        if (pct != 0 && Math.abs(pct) < 1) {
            return String.format(Locale.ROOT, "%.1f%%", pct);
        }
        return String.format(Locale.ROOT, "%.0f%%", pct);
    }

    /** A p-value to two significant digits: 0.01234 → "0.012", 0.5 → "0.5"; below 0.001 → "<0.001". */
    public static String pValue(double p) {
        if (p < 0.001) {
            return "<0.001";
        }
        return p >= 1 ? "1" : BigDecimal.valueOf(p).round(new MathContext(2)).toPlainString();
    }

    /** A wait as people say it: "45 s", "47 min", "2 h 45 min", "3 d 4 h". */
    public static String duration(java.time.Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " d" + (d.toHoursPart() > 0 ? " " + d.toHoursPart() + " h" : "");
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h" + (d.toMinutesPart() > 0 ? " " + d.toMinutesPart() + " min" : "");
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " min" : d.toSecondsPart() + " s";
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.withLocale(Locale.getDefault()).format(instant.atZone(zone));
    }

    public static long micros() {
        return MICROS;
    }
}
