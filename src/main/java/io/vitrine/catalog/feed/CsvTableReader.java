package io.vitrine.catalog.feed;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * CSV and TSV with FastCSV: UTF-8 with or without BOM, quoted fields with newlines, CRLF, ragged rows.
 * The delimiter is the one given, or the most frequent of tab, semicolon, comma, pipe in the header.
 */
public final class CsvTableReader implements TableReader {
    private final Character delimiter;

    /** @param delimiter the field separator, or null to detect it from the header line */
    public CsvTableReader(Character delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public void read(InputStream in, TableSink sink) throws IOException {
        TextSniffer.Sniffed sniffed = TextSniffer.sniff(in);
        char separator = delimiter != null ? delimiter : sniffed.delimiter();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .detectBomHeader(true)
                .ofCsvRecord(sniffed.stream(), StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                sink.row(record.getStartingLineNumber(), record.getFields());
            }
        } catch (CsvParseException e) {
            throw new FeedException("The file is not valid CSV: " + e.getMessage(),
                    "Check that the file is complete and uses one delimiter (comma, semicolon or tab), then import again.", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
