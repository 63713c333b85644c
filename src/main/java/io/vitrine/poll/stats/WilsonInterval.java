package io.vitrine.poll.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a proportion (Wilson 1927): unlike the textbook p ± z·se it stays inside
 * 0..1 and keeps its coverage for small counts and shares near 0% or 100%, which polls have plenty of.
 */
public final class WilsonInterval {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    private WilsonInterval() {
    }

    /** 95% interval for {@code successes} out of {@code trials}; [0, 1] when there are no trials. */
    public static Interval of95(long successes, long trials) {
        return of(successes, trials, 0.95);
    }

    public static Interval of(long successes, long trials, double confidence) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials + " trials");
        }
        if (trials == 0) {
            return new Interval(0, 1);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = p + z2 / (2 * n);
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : (centre - halfWidth) / denominator;
        double high = successes == trials ? 1 : (centre + halfWidth) / denominator;
        return new Interval(Math.max(0, low), Math.min(1, high));
    }
}
