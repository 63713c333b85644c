package io.vitrine.catalog.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Streams a spreadsheet-like file (CSV, TSV, XLSX) as rows of cells; the first row is the header. */
public interface TableReader {

    /** Receives rows in file order; {@code line} is where the row starts (1-based). */
    @FunctionalInterface
    interface TableSink {
        void row(long line, List<String> cells);
    }

    void read(InputStream in, TableSink sink) throws IOException;

    /** What the last {@link #read} noticed about the whole file, for the import report. */
    default List<String> notices() {
        return List.of();
    }
}
