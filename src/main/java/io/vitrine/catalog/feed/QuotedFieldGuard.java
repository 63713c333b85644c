package io.vitrine.catalog.feed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Watches a CSV's text on its way to the parser, as the parser reads it: which line it is on, whether a
 * quoted field is open and since which line. A stray or missing double quote makes a field swallow the
 * rows after it (quietly, for a CSV parser: the rows are simply gone); this stops the import instead
 * when a quoted field runs past {@link #MAX_FIELD_LINES} lines or to the end of the file, or holds
 * {@link #MAX_ROW_LIKE_LINES} whole lines with as many delimiters as a row has. It also turns
 * bytes the character set cannot read into an error with their line, and counts "�" already in the text.
 */
final class QuotedFieldGuard extends FilterReader {
    /** Descriptions with line breaks are fine; a field of more lines than this is rows swallowed by a quote. */
    static final int MAX_FIELD_LINES = 200;
    /** Whole lines inside one quoted field with a row's worth of delimiters: rows, not a description. */
    static final int MAX_ROW_LIKE_LINES = 3;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char separator;
    private final Charset charset;
    private final int rowLikeSeparators;
    private int separatorsOnLine;
    private boolean wholeLine;
    private int rowLikeLines;
    private State state = State.FIELD_START;
    private long line = 1;
    private long openedOn;
    private boolean afterCr;
    private long replacementChars;
    private long firstReplacementLine;

    /** @param headerFields how many fields the header has (a line inside a field with that many, less one, delimiters looks like a row) */
    QuotedFieldGuard(Reader in, char separator, Charset charset, int headerFields) {
        super(in);
        this.separator = separator;
        this.charset = charset;
        this.rowLikeSeparators = Math.max(3, headerFields - 1);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new FeedException("Line " + line + " has bytes that are not " + charset.displayName(Locale.ROOT)
                    + " text, so the file was not imported (nothing in the catalog changed).",
                    "Save the file as UTF-8 (in Excel: CSV UTF-8), or import it with the character set it was saved in,"
                            + " e.g. --encoding windows-1252.", e);
        }
        if (n < 0) {
            checkEnd();
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            accept(buffer[i]);
        }
        return n;
    }

    private void accept(char c) {
        boolean lineBreak = c == '\r' || (c == '\n' && !afterCr);
        afterCr = c == '\r';
        if (lineBreak) {
            line++;
        }
        if (c == '\uFFFD' && replacementChars++ == 0) {
            firstReplacementLine = line;
        }
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                    openedOn = line;
                    wholeLine = false;
                    rowLikeLines = 0;
                    separatorsOnLine = 0;
                } else {
                    state = c == separator || c == '\r' || c == '\n' ? State.FIELD_START : State.UNQUOTED;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else if (c == separator) {
                    separatorsOnLine++;
                } else if (lineBreak) {
                    endOfLineInField();
                }
            }
            case QUOTE_IN_QUOTED -> state = c == '"' ? State.QUOTED
                    : c == separator || c == '\r' || c == '\n' ? State.FIELD_START : State.UNQUOTED;
        }
    }

    private void endOfLineInField() {
        if (line - openedOn > MAX_FIELD_LINES) {
            throw runaway("runs on for more than " + MAX_FIELD_LINES + " lines");
        }
        if (wholeLine && separatorsOnLine >= rowLikeSeparators && ++rowLikeLines >= MAX_ROW_LIKE_LINES) {
            throw runaway("holds whole lines that look like rows of the file");
        }
        wholeLine = true;
        separatorsOnLine = 0;
    }

    private void checkEnd() {
        if (state == State.QUOTED) {
            throw runaway("never ends: the file ends inside it");
        }
    }

    private FeedException runaway(String what) {
        return new FeedException("Line " + openedOn + ": the quoted field that starts there " + what
                + ", taking the rows after it with it. A double quote is stray or missing there, or the file was cut off."
                + " Nothing was imported; the catalog is as it was.",
                "Fix the quotes on line " + openedOn + " (a quote inside a field is written twice: \"\"), or download or"
                        + " export the file again, then import it again.");
    }

    /** How many "�" (U+FFFD, the mark of text damaged before it reached us) the text had, and where the first was. */
    long replacementChars() {
        return replacementChars;
    }

    long firstReplacementLine() {
        return firstReplacementLine;
    }
}
