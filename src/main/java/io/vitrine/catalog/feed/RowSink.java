package io.vitrine.catalog.feed;

/** Receives the rows a feed reader finds, one at a time, in file order. */
@FunctionalInterface
public interface RowSink {
    void accept(FeedRow row);
}
