package io.vitrine.platform.sim;

import java.time.Clock;
import java.time.Instant;

/** Simulated time: {@code simStart + realElapsed × speed}, so a day of audience can pass in seconds. */
final class SimClock {
    private final Clock real;
    private final double speed;
    private final long realStartMillis;
    private final Instant simStart;

    SimClock(Clock real, double speed, Instant simStart) {
        this.real = real;
        this.speed = speed;
        this.realStartMillis = real.millis();
        this.simStart = simStart;
    }

    Instant now() {
        long elapsed = Math.max(0, real.millis() - realStartMillis);
        return simStart.plusMillis((long) (elapsed * speed));
    }
}
