package io.vitrine.catalog.scan;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.feed.Gtin;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog items a code stands for. A retail barcode (or a Code 128 / QR holding a GTIN, a GS1-128
 * "(01)" element or a GS1 Digital Link) by GTIN, compared as GTIN-14 so UPC-A, EAN-13 and UPC-E meet, and
 * an outer case's GTIN-14 finds the unit inside; a QR code with a URL by the item's link (http or https,
 * with or without a final slash) or the URL's {@code id} parameter; any other text as an item id.
 */
final class CodeMatcher {
    private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Pattern GS1_ELEMENT = Pattern.compile("^\\(?01\\)?(\\d{14})");
    private static final Pattern DIGITAL_LINK = Pattern.compile("/01/(\\d{8,14})(?:[/?#]|$)");

    private final ScanRepository items;

    CodeMatcher(ScanRepository items) {
        this.items = items;
    }

    List<ScanMatch> match(ScannedCode code) {
        String text = code.text().strip();
        String gtin = gtinOf(code.format(), text);
        if (gtin != null) {
            return byGtin(gtin, code);
        }
        if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
            return byUrl(text, code);
        }
        return matches(items.byId(text), ScanMatch.BY_LINK, "item id in the " + code.formatLabel(), code);
    }

    /** The GTIN a code holds, or null. */
    static String gtinOf(String format, String text) {
        if (format.equals("UPC_E")) {
            return Gtin.expandUpcE(text);
        }
        if (DIGITS.matcher(text).matches()) {
            return Gtin.problem(text) == null ? text : null;
        }
        Matcher element = GS1_ELEMENT.matcher(text);
        if (element.find() && Gtin.problem(element.group(1)) == null) {
            return element.group(1);
        }
        Matcher link = DIGITAL_LINK.matcher(text);
        if (link.find() && Gtin.problem(link.group(1)) == null) {
            return link.group(1);
        }
        return null;
    }

    private List<ScanMatch> byGtin(String gtin, ScannedCode code) {
        String gtin14 = Gtin.toGtin14(gtin);
        List<ScanMatch> found = matches(items.byGtinKey(Gtin.lookupKey(gtin14)), ScanMatch.BY_GTIN,
                "GTIN " + gtin + " (" + code.formatLabel() + ")", code);
        String unit = Gtin.baseUnit(gtin14);
        if (found.isEmpty() && unit != null) {
            found = matches(items.byGtinKey(Gtin.lookupKey(unit)), ScanMatch.BY_GTIN,
                    "GTIN " + gtin + " is a case of " + Gtin.lookupKey(unit), code);
        }
        return found;
    }

    private List<ScanMatch> byUrl(String url, ScannedCode code) {
        List<ScanMatch> found = matches(items.byLink(linkVariants(url)), ScanMatch.BY_LINK, "product link in the QR code", code);
        if (found.isEmpty()) {
            String id = idParameter(url);
            if (id != null) {
                found = matches(items.byId(id), ScanMatch.BY_LINK, "item id in the QR code's link", code);
            }
        }
        return found;
    }

    /** The link as written, with and without a final slash, over http and https. */
    static Set<String> linkVariants(String url) {
        Set<String> variants = new LinkedHashSet<>();
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String other = base.regionMatches(true, 0, "https://", 0, 8) ? "http://" + base.substring(8)
                : "https://" + base.substring(7);
        variants.add(url);
        for (String candidate : List.of(base, base + "/", other, other + "/")) {
            variants.add(candidate);
        }
        return variants;
    }

    /** The {@code id} query parameter of a URL, decoded, or null. */
    static String idParameter(String url) {
        try {
            String query = URI.create(url).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).toLowerCase(Locale.ROOT).equals("id")) {
                    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
                    return value.isEmpty() ? null : value;
                }
            }
        } catch (IllegalArgumentException notAUrl) {
            // an unusual URL: no id in it
        }
        return null;
    }

    private static List<ScanMatch> matches(List<ItemSummary> found, String by, String reason, ScannedCode code) {
        List<ScanMatch> matches = new ArrayList<>(found.size());
        for (ItemSummary item : found) {
            matches.add(new ScanMatch(item, by, 1.0, reason, code));
        }
        return matches;
    }
}
