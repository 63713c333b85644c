package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(2),
            (RandomGenerator) new SplittableRandom(7));

    @Test
    void waitsAreFullyJitteredBelowAnExponentialCeilingCappedAtTheMaximum() {
        for (int attempt = 0; attempt < 10; attempt++) {
            long ceiling = Math.min(2000, 100L << attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(policy.delay(attempt, null).toMillis()).isBetween(0L, ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsTheWaitsOverTheWholeRange() {
        long small = 0;
        long large = 0;
        for (int i = 0; i < 1000; i++) {
            long wait = policy.delay(4, null).toMillis(); // ceiling 1,600 ms
            small += wait < 400 ? 1 : 0;
            large += wait > 1200 ? 1 : 0;
        }
        assertThat(small).isBetween(150L, 350L);
        assertThat(large).isBetween(150L, 350L);
    }

    @Test
    void neverWaitsLessThanTheServerAskedEvenAboveTheCap() {
        assertThat(policy.delay(0, Duration.ofSeconds(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(3, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }
}
