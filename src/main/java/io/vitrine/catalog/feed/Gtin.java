package io.vitrine.catalog.feed;

/**
 * GTIN-8/12/13/14 (EAN, UPC, ITF-14): digits only, right length, GS1 check digit; and the one comparable
 * form of a code (GTIN-14), so a UPC-A on a box finds the EAN-13 a feed wrote with a leading zero, a UPC-E
 * finds its UPC-A, and an outer case's GTIN-14 finds the unit inside.
 */
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

    /**
     * The code as a GTIN-14 (zero-padded on the left), or null when it is not a valid GTIN-8/12/13/14:
     * "036000291452" (UPC-A) and "0036000291452" (EAN-13) both give "00036000291452".
     */
    public static String toGtin14(String code) {
        String gtin = normalize(code);
        if (gtin == null || problem(gtin) != null) {
            return null;
        }
        return "0".repeat(14 - gtin.length()) + gtin;
    }

    /**
     * A UPC-E (8 digits: number system 0 or 1, six digits, check digit) expanded to the UPC-A it stands
     * for, or null when it is not a valid UPC-E. "01234565" → "012345000065".
     */
    public static String expandUpcE(String upcE) {
        String code = normalize(upcE);
        if (code == null || code.length() != 8 || !code.chars().allMatch(c -> c >= '0' && c <= '9')
                || (code.charAt(0) != '0' && code.charAt(0) != '1')) {
            return null;
        }
        String upcA = upcAPayload(code.substring(0, 7)) + code.charAt(7);
        return problem(upcA) == null ? upcA : null;
    }

    /** The first 11 digits of the UPC-A that a UPC-E's number system and six digits stand for. */
    public static String upcAPayload(String upcEPayload) {
        String d = upcEPayload.substring(1, 7);
        char last = d.charAt(5);
        String body = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        return upcEPayload.charAt(0) + body;
    }

    /**
     * The trade item inside a packaging level: a GTIN-14 whose first digit (the indicator, 1–8) marks a
     * case or pallet of the unit with indicator 0; the unit's check digit is computed again. Null when the
     * code is the unit itself (indicator 0) or a variable-measure item (9).
     */
    public static String baseUnit(String gtin14) {
        if (gtin14 == null || gtin14.length() != 14 || gtin14.charAt(0) < '1' || gtin14.charAt(0) > '8') {
            return null;
        }
        String payload = "0" + gtin14.substring(1, 13);
        return payload + checkDigit(payload);
    }

    /** The GTIN-14 without its leading zeros: the key a feed's GTIN of any length is compared by. */
    public static String lookupKey(String gtin14) {
        int start = 0;
        while (start < gtin14.length() - 1 && gtin14.charAt(start) == '0') {
            start++;
        }
        return gtin14.substring(start);
    }
}
