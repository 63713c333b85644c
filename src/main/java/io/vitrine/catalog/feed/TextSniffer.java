package io.vitrine.catalog.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Looks at the start of a text feed, without consuming it: its header line and its delimiter. */
final class TextSniffer {
    static final int PEEK_BYTES = 64 * 1024;

    /** The stream to read from (rewound), the first line (BOM removed) and the delimiter it uses. */
    record Sniffed(InputStream stream, String firstLine, char delimiter) {
    }

    private TextSniffer() {
    }

    static Sniffed sniff(InputStream in) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, PEEK_BYTES);
        buffered.mark(PEEK_BYTES);
        byte[] head = buffered.readNBytes(PEEK_BYTES);
        buffered.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = firstLogicalLine(text);
        return new Sniffed(buffered, firstLine, delimiterOf(firstLine));
    }

    /** The header line, allowing quoted headers that contain newlines. */
    static String firstLogicalLine(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The most frequent of tab, semicolon, comma and pipe outside quotes; comma when none. */
    static char delimiterOf(String line) {
        char[] candidates = {'\t', ';', ',', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 2;
        for (int k = 0; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
