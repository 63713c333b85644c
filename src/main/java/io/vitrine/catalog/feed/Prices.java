package io.vitrine.catalog.feed;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as feeds write them: "49.90 EUR" (Merchant Center, Meta), "49.90" with a currency column or
 * a default, "€49,90", "1.299,00 EUR", "$1,299.00", "EUR 12". Returns micros + ISO currency, or why not.
 */
public final class Prices {
    private static final Pattern NUMBER_CHARS = Pattern.compile("[-+]?[0-9.,']+");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern DIGITS = Pattern.compile("\\d*");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d+|\\d{1,3}(\\.\\d{3})+");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])");
    /** Longest symbols first, so "R$" is not read as "$". */
    private static final List<Map.Entry<String, String>> SYMBOLS = List.of(Map.entry("R$", "BRL"), Map.entry("zł", "PLN"),
            Map.entry("kr", "SEK"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("$", "USD"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"));

    /** A parsed price. */
    public record Money(long micros, String currency) {
    }

    /** Either a price or the reason it could not be read. */
    public record Result(Money money, String problem) {
        public boolean ok() {
            return money != null;
        }
    }

    private Prices() {
    }

    /**
     * @param text            the price cell
     * @param defaultCurrency used when the text names none (a currency column, the mapping, the workspace); may be null
     */
    public static Result parse(String text, String defaultCurrency) {
        if (text == null || text.isBlank()) {
            return new Result(null, "is missing");
        }
        String rest = text.strip().replace('\u00A0', ' ');
        Money quick = quick(rest);
        if (quick != null) {
            return new Result(quick, null);
        }
        String currency = null;
        Matcher code = CODE.matcher(rest);
        if (code.find() && isCurrency(code.group(1))) {
            currency = code.group(1).toUpperCase(Locale.ROOT);
            rest = (rest.substring(0, code.start()) + rest.substring(code.end())).strip();
        } else {
            for (Map.Entry<String, String> symbol : SYMBOLS) {
                if (rest.contains(symbol.getKey())) {
                    currency = dollarLike(symbol.getValue(), defaultCurrency);
                    rest = rest.replace(symbol.getKey(), "").strip();
                    break;
                }
            }
        }
        if (currency == null) {
            currency = defaultCurrency;
        }
        if (currency == null) {
            return new Result(null, "\"" + text.strip() + "\" has no currency (write it as \"49.90 EUR\", add a currency column, or choose a default currency)");
        }
        BigDecimal amount = amount(rest.replace(" ", ""));
        if (amount == null) {
            return new Result(null, "\"" + text.strip() + "\" is not a price (expected e.g. \"49.90 EUR\")");
        }
        if (amount.signum() < 0) {
            return new Result(null, "\"" + text.strip() + "\" is negative");
        }
        try {
            return new Result(new Money(amount.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(),
                    currency), null);
        } catch (ArithmeticException tooLarge) {
            return new Result(null, "\"" + text.strip() + "\" is too large");
        }
    }

    /** "49.90 EUR", the way Merchant Center and Meta write prices: read without regular expressions. */
    private static Money quick(String text) {
        int space = text.length() - 4;
        if (space < 1 || text.charAt(space) != ' ') {
            return null;
        }
        for (int i = space + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        String amount = text.substring(0, space);
        String code = text.substring(space + 1);
        if (!PLAIN_DECIMAL.matcher(amount).matches() || !isCurrency(code)) {
            return null;
        }
        return new Money(new BigDecimal(amount).movePointRight(6).longValueExact(), code);
    }

    /** "$" is USD unless the default currency is another dollar (CAD, AUD…); "kr" follows a Nordic default. */
    private static String dollarLike(String guessed, String defaultCurrency) {
        if (defaultCurrency != null && (guessed.equals("USD") && defaultCurrency.endsWith("D")
                || guessed.equals("SEK") && (defaultCurrency.equals("DKK") || defaultCurrency.equals("NOK")))) {
            return defaultCurrency;
        }
        return guessed;
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The decimal separator is the last of '.' or ',' when both appear; a lone ',' followed by exactly
     * three digits groups thousands ("1,299"), otherwise it is the decimal comma ("49,90"). Grouped
     * digits must come in threes ("1.234.567"), so "12..0" or "1,2,3" are not read as numbers.
     */
    static BigDecimal amount(String s) {
        if (PLAIN_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s); // "49.90", the usual case
        }
        if (s.isEmpty() || !NUMBER_CHARS.matcher(s).matches()) {
            return null;
        }
        String digits = s.replace("'", ",");
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        String integer;
        String fraction = "";
        char group;
        if (dot >= 0 && comma >= 0) {
            int decimal = Math.max(dot, comma);
            group = dot > comma ? ',' : '.';
            integer = digits.substring(0, decimal);
            fraction = digits.substring(decimal + 1);
        } else if (comma >= 0 || dot >= 0) {
            char sep = comma >= 0 ? ',' : '.';
            int last = Math.max(comma, dot);
            boolean single = digits.indexOf(sep) == last;
            boolean thousands = !single || (sep == ',' && digits.length() - last - 1 == 3);
            group = thousands ? sep : (sep == ',' ? '.' : ',');
            integer = thousands ? digits : digits.substring(0, last);
            fraction = thousands ? "" : digits.substring(last + 1);
        } else {
            group = ',';
            integer = digits;
        }
        String sign = integer.startsWith("-") || integer.startsWith("+") ? integer.substring(0, 1) : "";
        integer = integer.substring(sign.length());
        Pattern grouped = group == ',' ? GROUPED_COMMA : GROUPED_DOT;
        if (!grouped.matcher(integer).matches() || !DIGITS.matcher(fraction).matches()
                || (fraction.isEmpty() && digits.endsWith(".") )) {
            return null;
        }
        return new BigDecimal(sign + integer.replace(String.valueOf(group), "") + (fraction.isEmpty() ? "" : "." + fraction));
    }
}
