package io.vitrine.cli;

import io.vitrine.common.Progress;
import java.io.PrintWriter;

/** Progress on the terminal (stderr, so --json output stays clean); silent when not attached to a console. */
final class ConsoleProgress implements Progress {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final boolean console = System.console() != null;
    private long last;
    private boolean printed;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (!console || message == null || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        String percent = total > 0 ? String.format(" (%d%%)", Math.min(100, done * 100 / total)) : "";
        err.print("\r" + message + percent + "        ");
        err.flush();
        printed = true;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    void finish() {
        if (printed) {
            err.println();
        }
    }
}
