package io.vitrine.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with full jitter (a random wait between zero and min(cap, base·2^n)),
 * never shorter than the platform's Retry-After. Full jitter spreads retries of many clients apart.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, RandomGenerator random) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(10),
            RandomGenerator.getDefault());
    /**
     * The longest Retry-After a round waits for. Longer (a rate limit for the hour, maintenance) and the round
     * ends, saying how long the platform asks to wait; the outbox entry waits that long before it is sent again.
     */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    /** The wait before attempt {@code attempt + 1} after attempt {@code attempt} (0-based) failed. */
    public Duration delay(int attempt, Duration retryAfter) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        long jittered = ceiling <= 0 ? 0 : random.nextLong(ceiling + 1);
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.min(Math.max(jittered, floor), Math.max(cap.toMillis(), floor)));
    }
}
