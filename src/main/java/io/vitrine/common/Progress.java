package io.vitrine.common;

import java.util.concurrent.CancellationException;

/**
 * How long-running service work reports progress and learns it was cancelled, without knowing
 * whether a JavaFX task, the CLI or a test is listening.
 */
public interface Progress {

    /** Reports that {@code done} of {@code total} units are finished; total &lt; 0 means unknown. */
    void update(long done, long total, String message);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancellationException} if the user asked to stop; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }

    /** A listener that ignores updates and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
