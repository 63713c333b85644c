package io.vitrine.catalog.feed;

/** GTIN-8/12/13/14 (EAN, UPC, ITF-14): digits only, right length, GS1 check digit. */
public final class Gtin {
    private Gtin() {
    }

    /** The GTIN without spaces or dashes, or null when {@link #problem} would report one. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replace(" ", "").replace("-", "");
    }

    /** Why a GTIN is invalid, or null when it is valid. */
    public static String problem(String raw) {
        String gtin = normalize(raw);
        if (gtin.isEmpty() || !gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "\"" + raw + "\" is not a GTIN (digits only); imported without it";
        }
        int length = gtin.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return "\"" + raw + "\" has " + length + " digits; a GTIN has 8, 12, 13 or 14. Imported without it";
        }
        if (checkDigit(gtin.substring(0, length - 1)) != gtin.charAt(length - 1) - '0') {
            return "\"" + raw + "\" has a wrong check digit (expected " + checkDigit(gtin.substring(0, length - 1))
                    + "); imported without it";
        }
        return null;
    }

    /** GS1 mod-10: weights 3,1,3,… from the right of the payload. */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
