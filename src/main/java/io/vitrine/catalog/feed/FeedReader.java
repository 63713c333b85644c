package io.vitrine.catalog.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Streams a feed file as rows, in constant memory: each row goes to the sink as soon as it is read.
 * Throws {@link FeedException} when the file cannot be read as this format at all.
 */
public interface FeedReader {
    void read(InputStream in, RowSink sink) throws IOException;

    /** What the last {@link #read} noticed about the whole file (its character set, damaged text), for the report. */
    default List<String> notices() {
        return List.of();
    }
}
