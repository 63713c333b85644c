package io.vitrine.catalog.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The header and first rows of a table-like feed, for the column-mapping dialog and its preview. */
public record TablePreview(List<String> headers, List<List<String>> rows) {

    /** Reads at most {@code maxRows} rows after the header, then stops reading. */
    public static TablePreview read(FeedSource source, TableReader reader, int maxRows) {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = source.open()) {
            reader.read(in, (line, cells) -> {
                if (headers.isEmpty()) {
                    if (!ColumnMappedReader.looksLikeHeader(cells)) {
                        return;
                    }
                    for (String cell : cells) {
                        headers.add(cell == null ? "" : cell.strip());
                    }
                    return;
                }
                rows.add(new ArrayList<>(cells));
                if (rows.size() >= maxRows) {
                    throw new EnoughRows();
                }
            });
        } catch (EnoughRows enough) {
            // the preview has what it needs
        } catch (IOException e) {
            throw new FeedException("Cannot read " + source.name() + ": " + e.getMessage(), "Check that the file is readable.", e);
        }
        if (headers.isEmpty()) {
            throw new FeedException(source.name() + " has no header row.", "Choose a file whose first row names its columns.");
        }
        return new TablePreview(headers, rows);
    }

    /** Stops a reader once the preview is full. */
    private static final class EnoughRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughRows() {
            super(null, null, false, false);
        }
    }
}
