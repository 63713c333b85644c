package io.vitrine.catalog.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and validates a feed on its own thread while the caller writes the previous rows to the
 * database: the two overlap, so an import takes about as long as the slower of them. Rows arrive in
 * file order, in small batches, through a bounded queue (memory stays constant). Closing the pipeline
 * stops the reading thread, whatever state it is in.
 */
public final class ParsingPipeline implements AutoCloseable {
    static final int BATCH = 512;
    private static final int QUEUE_BATCHES = 8;
    private static final List<ParsedRow> END = List.of();

    private final FeedReader reader;
    private final BlockingQueue<List<ParsedRow>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final AtomicLong bytesRead = new AtomicLong();
    private final Thread thread;
    private final InputStream in;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private boolean finished;

    private ParsingPipeline(FeedReader reader, InputStream raw, ItemParser parser) {
        this.reader = reader;
        this.in = new CountingStream(raw, bytesRead);
        this.thread = new Thread(() -> run(reader, parser), "vitrine-feed-reader");
        thread.setDaemon(true);
    }

    public static ParsingPipeline start(FeedReader reader, InputStream in, ItemParser parser) {
        ParsingPipeline pipeline = new ParsingPipeline(reader, in, parser);
        pipeline.thread.start();
        return pipeline;
    }

    private void run(FeedReader reader, ItemParser parser) {
        List<ParsedRow> batch = new ArrayList<>(BATCH);
        try {
            reader.read(in, row -> {
                batch.add(parser.parse(row));
                if (batch.size() == BATCH) {
                    hand(new ArrayList<>(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                hand(new ArrayList<>(batch));
            }
        } catch (Stopped stoppedByCaller) {
            return;
        } catch (Throwable t) {
            failure = t;
        }
        try {
            hand(END);
        } catch (Stopped ignored) {
            // nobody is waiting any more
        }
    }

    private void hand(List<ParsedRow> batch) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The next rows in file order, or an empty list at the end. Rethrows what stopped the reader. */
    public List<ParsedRow> next() throws IOException {
        if (finished) {
            return END;
        }
        List<ParsedRow> batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Interrupted");
        }
        if (batch == END) {
            finished = true;
            rethrow();
        }
        return batch;
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    /** What the reader noticed about the whole file; complete once {@link #next} returned the end. */
    public List<String> notices() {
        return finished ? reader.notices() : List.of();
    }

    /** Bytes of the file read so far (for progress). */
    public long bytesRead() {
        return bytesRead.get();
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader thread stops either way
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reading thread when the caller closed the pipeline. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Counts bytes as the reader pulls them. */
    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.addAndGet(skipped);
            return skipped;
        }
    }
}
