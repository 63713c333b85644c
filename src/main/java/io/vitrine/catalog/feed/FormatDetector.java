package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells the format of a feed from its first bytes: a zip is a workbook, '<' is Merchant Center XML, and
 * a text file by its header row (Shopify's Handle + Variant columns; Merchant Center/Meta attribute
 * names tab- or comma-separated; anything else is a generic CSV that needs a column mapping).
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    public static FeedFormat detect(FeedSource source) {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(TextSniffer.PEEK_BYTES);
        } catch (IOException e) {
            throw new FeedException("Cannot read " + source.name() + ": " + e.getMessage(), "Check that the file is readable.", e);
        }
        return detect(head, source.name());
    }

    static FeedFormat detect(byte[] head, String name) {
        if (head.length == 0) {
            throw new FeedException(name + " is empty.", "Choose the exported feed file.");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return FeedFormat.XLSX;
        }
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                throw new FeedException(name + " is not a product feed (it is a binary file).",
                        "Choose a Merchant Center XML/TSV, Meta CSV, Shopify CSV, CSV or .xlsx file.");
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            return FeedFormat.GMC_XML;
        }
        String headerLine = TextSniffer.firstLogicalLine(trimmed);
        char delimiter = TextSniffer.delimiterOf(headerLine);
        List<String> headers = split(headerLine, delimiter);
        List<String> lower = new ArrayList<>();
        for (String header : headers) {
            lower.add(header.toLowerCase(Locale.ROOT));
        }
        if (lower.contains("handle") && (lower.contains("variant price") || lower.contains("variant sku"))) {
            return FeedFormat.SHOPIFY_CSV;
        }
        if (speaksFeedVocabulary(headers)) {
            return delimiter == '\t' ? FeedFormat.GMC_TSV : FeedFormat.META_CSV;
        }
        return FeedFormat.CSV;
    }

    /** Id, title and price columns named exactly as Merchant Center and Meta name them. */
    private static boolean speaksFeedVocabulary(List<String> headers) {
        int found = 0;
        for (String header : headers) {
            String key = Field.match(header).map(Field::key).orElse("");
            String normalized = header.strip().toLowerCase(Locale.ROOT).replaceFirst("^g:", "");
            if (key.equals(normalized) && (key.equals("id") || key.equals("title") || key.equals("price"))) {
                found++;
            }
        }
        return found == 3;
    }

    static List<String> split(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
