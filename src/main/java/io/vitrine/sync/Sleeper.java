package io.vitrine.sync;

import java.time.Duration;

/** Waits between retries; tests pass one that does not sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
