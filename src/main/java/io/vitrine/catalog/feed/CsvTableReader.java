package io.vitrine.catalog.feed;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vitrine.common.Formats;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV and TSV with FastCSV: UTF-8 with or without BOM (or Windows-1252, detected or named), quoted
 * fields with newlines, CRLF, ragged rows. The delimiter is the one given, or the most frequent of tab,
 * semicolon, comma, pipe in the header. A file whose quotes are broken is refused ({@link QuotedFieldGuard},
 * and a record over several lines whose field count is not the header's): a CSV parser would otherwise
 * read it "fine", minus the rows a stray quote swallowed.
 */
public final class CsvTableReader implements TableReader {
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final Character delimiter;
    private final Charset charset;
    private final List<String> notices = new ArrayList<>();

    /** @param delimiter the field separator, or null to detect it from the header line */
    public CsvTableReader(Character delimiter) {
        this(delimiter, null);
    }

    /** @param charset the file's character set, or null to tell UTF-8 from Windows-1252 by its bytes */
    public CsvTableReader(Character delimiter, Charset charset) {
        this.delimiter = delimiter;
        this.charset = charset;
    }

    @Override
    public void read(InputStream in, TableSink sink) throws IOException {
        notices.clear();
        BufferedInputStream buffered = new BufferedInputStream(in, TextSniffer.PEEK_BYTES);
        TextSniffer.Sniffed sniffed = TextSniffer.sniff(buffered);
        char separator = delimiter != null ? delimiter : sniffed.delimiter();
        FeedCharset.Decoded text = FeedCharset.open(sniffed.stream(), charset);
        if (text.fallback()) {
            notices.add("The file is not UTF-8; it was read as Windows-1252 (what Excel on Windows saves). If accented"
                    + " letters look wrong, import it again with the right --encoding.");
        }
        QuotedFieldGuard guarded = new QuotedFieldGuard(text.reader(), separator, text.charset(),
                FormatDetector.split(sniffed.firstLine(), separator).size());
        int[] headerFields = {-1};
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(guarded)) {
            for (CsvRecord record : csv) {
                checkShape(record, headerFields);
                sink.row(record.getStartingLineNumber(), record.getFields());
            }
        } catch (CsvParseException e) {
            throw refused(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (guarded.replacementChars() > 0) {
            notices.add("The file already contains " + Formats.count(guarded.replacementChars()) + " \"\uFFFD\" (first on line "
                    + guarded.firstReplacementLine() + "): characters lost before it reached the studio, by the program that"
                    + " wrote it. Export it again as UTF-8 to get them back.");
        }
    }

    /**
     * A record that runs over several lines (a quoted field with line breaks) yet has more or fewer fields than
     * the header is what a stray quote leaves: the rows it swallowed are inside that field.
     */
    private static void checkShape(CsvRecord record, int[] headerFields) {
        if (headerFields[0] < 0) {
            if (ColumnMappedReader.looksLikeHeader(record.getFields())) {
                headerFields[0] = record.getFieldCount();
            }
            return;
        }
        if (record.getFieldCount() == headerFields[0]) {
            return;
        }
        for (String field : record.getFields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                throw new FeedException("Line " + record.getStartingLineNumber() + ": the row that starts there runs over"
                        + " several lines and has " + record.getFieldCount() + " fields where the header has "
                        + headerFields[0] + ". A double quote is stray or missing there, and rows after it would be lost."
                        + " Nothing was imported; the catalog is as it was.",
                        "Fix the quotes on line " + record.getStartingLineNumber() + " (a quote inside a field is written"
                                + " twice: \"\"), or export the file again, then import it again.");
            }
        }
    }

    /** FastCSV's limits (16,384 fields a row, 16 million characters a field), said in our words. */
    private static FeedException refused(CsvParseException e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FeedException ours) {
                return ours; // the guard's own words, thrown from inside the parser
            }
            if (t instanceof CsvParseException) {
                root = t;
            }
        }
        String text = root.getMessage() == null ? "" : root.getMessage();
        Matcher line = LINE.matcher(text);
        String where = line.find() ? "Line " + line.group(1) : "A row";
        if (text.contains("fields")) {
            return new FeedException(where + " has more than 16,384 columns, so the file was not imported: it is not a"
                    + " product feed, or its columns are not separated by the delimiter it seems to use.",
                    "Check that the file is the exported feed and uses one delimiter (comma, semicolon or tab).", e);
        }
        if (text.contains("field size")) {
            return new FeedException(where + " has a field of more than 16 million characters, so the file was not"
                    + " imported: a quote is probably missing, or the file is not a product feed.",
                    "Check the quotes on that line, or export the file again.", e);
        }
        return new FeedException("The file cannot be read as CSV (" + where.toLowerCase(java.util.Locale.ROOT) + ").",
                "Check that the file is complete and uses one delimiter (comma, semicolon or tab), then import again.", e);
    }

    /** What the reader noticed about the whole file (its character set, damaged characters), for the import report. */
    public List<String> notices() {
        return List.copyOf(notices);
    }
}
