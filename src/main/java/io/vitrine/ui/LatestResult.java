package io.vitrine.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * "Latest result wins": a screen that asks again before the previous answer came back (typing a search,
 * opening another poll, changing a filter) shows only the answer to its newest question. Each {@link #next()}
 * makes the answers to earlier requests stale, and {@link Request#deliver} drops them; a slow answer never
 * overwrites a newer one. Safe to check from a background job (a save remembering what it saved).
 */
public final class LatestResult {
    private final AtomicLong latest = new AtomicLong();

    /** A new request: from now on only its answer counts. */
    public Request next() {
        return new Request(latest.incrementAndGet());
    }

    /** Makes every request so far stale (the screen moved on: a new poll started, the list was cleared). */
    public void invalidate() {
        latest.incrementAndGet();
    }

    /** One request; ask {@link #isLatest()} or wrap the handler of its answer with {@link #deliver}. */
    public final class Request {
        private final long number;

        private Request(long number) {
            this.number = number;
        }

        /** True while no newer request was made. */
        public boolean isLatest() {
            return number == latest.get();
        }

        /** The handler, run only while this is still the latest request. */
        public <T> Consumer<T> deliver(Consumer<? super T> handler) {
            return result -> {
                if (isLatest()) {
                    handler.accept(result);
                }
            };
        }
    }
}
