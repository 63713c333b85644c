package io.vitrine.catalog.feed;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed text as people should read it: HTML entities decoded (feeds double-escape: "Caf&amp;eacute;"
 * arrives as "Caf&eacute;"), tags in descriptions turned into line breaks or dropped, stray control
 * characters removed.
 */
public final class HtmlText {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6]|/tr)\\s*/?>");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<(p|br|div|ul|ol|li|h[1-6]|table|span|strong|em|b|i)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLETS = Pattern.compile("(?i)<\\s*li[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TABS_AND_SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern LINE_EDGES = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"),
            Map.entry("egrave", "è"), Map.entry("Egrave", "È"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("Agrave", "À"), Map.entry("acirc", "â"), Map.entry("aacute", "á"),
            Map.entry("auml", "ä"), Map.entry("Auml", "Ä"), Map.entry("aring", "å"), Map.entry("aelig", "æ"),
            Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"), Map.entry("iacute", "í"), Map.entry("icirc", "î"),
            Map.entry("iuml", "ï"), Map.entry("ntilde", "ñ"), Map.entry("oacute", "ó"), Map.entry("ocirc", "ô"),
            Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"), Map.entry("oslash", "ø"), Map.entry("oelig", "œ"),
            Map.entry("uacute", "ú"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"),
            Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("yen", "¥"), Map.entry("cent", "¢"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("deg", "°"), Map.entry("times", "×"), Map.entry("frac12", "½"),
            Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("shy", ""));

    private HtmlText() {
    }

    /** A one-line field (title, brand, colour): entities decoded, tags and control characters removed, spaces collapsed. */
    public static String line(String raw) {
        if (raw == null) {
            return null;
        }
        if (isPlainLine(raw)) {
            String stripped = raw.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        String text = decode(TAGS.matcher(raw).replaceAll(" "));
        text = SPACES.matcher(CONTROL.matcher(text).replaceAll("").replace('\u00A0', ' ')).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** No markup, entity, control character or run of whitespace: the common case, kept cheap. */
    private static boolean isPlainLine(String raw) {
        char previous = 'x';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '<' || c == '&' || c < 0x20 || c == 0x7F || c == '\u00A0' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** A description: block tags become line breaks, list items bullets, other tags go; at most one blank line in a row. */
    public static String block(String raw) {
        if (raw == null) {
            return null;
        }
        if (isPlainLine(raw)) {
            String stripped = raw.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        String text = raw.replace("\r\n", "\n");
        if (LOOKS_LIKE_HTML.matcher(text).find()) {
            text = SPACES.matcher(text).replaceAll(" "); // in HTML, line breaks in the source are just spaces
        }
        text = BREAKS.matcher(text).replaceAll("\n");
        text = BULLETS.matcher(text).replaceAll("• ");
        text = decode(TAGS.matcher(text).replaceAll(""));
        text = CONTROL.matcher(text).replaceAll("").replace('\u00A0', ' ');
        text = BLANK_RUNS.matcher(LINE_EDGES.matcher(TABS_AND_SPACES.matcher(text).replaceAll(" ")).replaceAll("\n"))
                .replaceAll("\n\n").strip();
        return text.isEmpty() ? null : text;
    }

    /** Decodes named and numeric character references, twice over for double-escaped feeds ("&amp;eacute;"). */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String once = decodeOnce(text);
        return once.indexOf('&') >= 0 ? decodeOnce(once) : once;
    }

    private static String decodeOnce(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), m.group());
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }
}
