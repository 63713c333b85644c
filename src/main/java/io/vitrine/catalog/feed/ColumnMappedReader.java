package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Feeds that are tables (Merchant Center TSV, Meta CSV, generic CSV, XLSX): the header row names the
 * columns, a {@link ColumnMapping} says which field each holds (the one given, or one guessed from the
 * header names), and every further row becomes a feed row.
 */
public final class ColumnMappedReader implements FeedReader {
    private final TableReader table;
    private final ColumnMapping mapping;

    /** @param mapping the columns to use, or null to match the header names */
    public ColumnMappedReader(TableReader table, ColumnMapping mapping) {
        this.table = table;
        this.mapping = mapping;
    }

    @Override
    public void read(InputStream in, RowSink sink) throws IOException {
        int[][] fieldColumns = {null};
        table.read(in, (line, cells) -> {
            if (fieldColumns[0] == null) {
                if (!looksLikeHeader(cells)) {
                    return; // a title line above the header ("Stock list, week 47")
                }
                fieldColumns[0] = resolve(mapping != null ? mapping : ColumnMapping.guess(cells), cells);
                return;
            }
            int[] columns = fieldColumns[0];
            FeedRow row = new FeedRow(line);
            for (int c = 0; c < columns.length && c < cells.size(); c++) {
                if (columns[c] >= 0) {
                    row.put(Field.values()[columns[c]], cells.get(c));
                }
            }
            sink.accept(row);
        });
        if (fieldColumns[0] == null) {
            throw new FeedException("The file is empty.", "Choose the exported feed file, with a header row.");
        }
    }

    @Override
    public List<String> notices() {
        return table.notices();
    }

    /** A header names at least two columns; a lone cell above it is a title line. */
    static boolean looksLikeHeader(List<String> cells) {
        int named = 0;
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                named++;
            }
        }
        return named >= 2;
    }

    /** For each column index, the ordinal of its field or -1. Refuses a mapping without id, title and price. */
    static int[] resolve(ColumnMapping mapping, List<String> headers) {
        int[] result = new int[headers.size()];
        Arrays.fill(result, -1);
        EnumSet<Field> found = EnumSet.noneOf(Field.class);
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c) == null ? "" : headers.get(c);
            Field field = mapping.columns().get(header);
            if (field == null) {
                field = mapping.columns().get(header.strip());
            }
            if (field != null) {
                result[c] = field.ordinal();
                found.add(field);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.required() && !found.contains(field)) {
                missing.add(field.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new MappingNeededException(missing, headers);
        }
        return result;
    }

    /** The columns could not be matched to id, title and price: the user has to say which is which. */
    public static final class MappingNeededException extends FeedException {
        private final List<String> headers;

        MappingNeededException(List<String> missing, List<String> headers) {
            super("No column of the file was matched to " + String.join(", ", missing) + " (the columns are: "
                            + String.join(", ", headers.subList(0, Math.min(headers.size(), 20))) + (headers.size() > 20 ? ", …" : "") + ").",
                    "Choose the columns in the mapping dialog, or pass a mapping file with --mapping"
                            + " (JSON: {\"columns\": {\"Your column\": \"id\", \"Name\": \"title\", \"Price\": \"price\"}}).");
            this.headers = new ArrayList<>(headers);
        }

        public List<String> headers() {
            return headers;
        }
    }
}
