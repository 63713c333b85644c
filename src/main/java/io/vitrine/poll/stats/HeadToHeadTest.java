package io.vitrine.poll.stats;

import java.util.OptionalLong;
import org.apache.commons.math3.special.Beta;

/**
 * An always-valid test of one option against another: a mixture sequential probability ratio test
 * (mSPRT, Robbins 1970; Johari et al. 2017) on the head-to-head votes.
 *
 * <p>Of the votes that went to either option, the share θ going to the first is Bernoulli; "no
 * preference" is θ = θ₀. The evidence against θ₀ is the likelihood ratio averaged over a Beta(a, a)
 * mixture of alternatives: Λ = B(s + a, f + a) / B(a, a) / (θ₀ˢ (1 − θ₀)ᶠ). Under θ₀ it is a non-negative
 * martingale with mean 1, so by Ville's inequality P(Λ ever reaches 1/α) ≤ α: the false-call rate stays
 * at most α however often the results are looked at. The θ₀ values not rejected form a confidence
 * sequence, which is what "no meaningful difference" rests on. See docs/decisions/0006.
 */
public final class HeadToHeadTest {
    private static final long MAX_PROJECTED = 100_000_000L;

    private final double mixture;
    private final double logMixtureNorm;

    public HeadToHeadTest(double mixtureConcentration) {
        this.mixture = mixtureConcentration;
        this.logMixtureNorm = Beta.logBeta(mixtureConcentration, mixtureConcentration);
    }

    /** log Λ: the log of the evidence that θ differs from {@code theta0}, after s votes for and f against. */
    public double logEvidence(long s, long f, double theta0) {
        return Beta.logBeta(s + mixture, f + mixture) - logMixtureNorm - (s * Math.log(theta0) + f * Math.log1p(-theta0));
    }

    /** True when the evidence rules out θ = {@code theta0} at the given log threshold. */
    public boolean rejects(long s, long f, double theta0, double logThreshold) {
        return logEvidence(s, f, theta0) >= logThreshold;
    }

    /** True when every θ outside (1 − split, split) is ruled out: the two options are within the split of each other. */
    public boolean withinSplit(long s, long f, double split, double logThreshold) {
        long n = s + f;
        if (n == 0) {
            return false;
        }
        double observed = (double) s / n;
        return observed > 1 - split && observed < split
                && rejects(s, f, split, logThreshold) && rejects(s, f, 1 - split, logThreshold);
    }

    /** Head-to-head votes still needed, if the current split holds, until θ = 1/2 is ruled out; empty if never. */
    public OptionalLong votesToSeparate(long s, long f, double logThreshold) {
        long n = s + f;
        if (n == 0 || s == f) {
            return OptionalLong.empty();
        }
        double share = (double) s / n;
        return firstReaching(n, total -> {
            long sN = Math.round(share * total);
            return rejects(sN, total - sN, 0.5, logThreshold);
        });
    }

    /** Head-to-head votes still needed, if the current split holds, until "within the split" can be stated. */
    public OptionalLong votesToShowWithin(long s, long f, double split, double logThreshold) {
        long n = s + f;
        if (n == 0) {
            return OptionalLong.empty();
        }
        double share = (double) s / n;
        if (share <= 1 - split || share >= split) {
            return OptionalLong.empty();
        }
        return firstReaching(n, total -> {
            long sN = Math.round(share * total);
            return withinSplit(sN, total - sN, split, logThreshold);
        });
    }

    /** Smallest total ≥ n (approximately: doubling then bisection) for which the condition holds, minus n. */
    private static OptionalLong firstReaching(long n, java.util.function.LongPredicate reached) {
        if (reached.test(n)) {
            return OptionalLong.of(0);
        }
        long low = n;
        long high = Math.max(2 * n, n + 10);
        while (!reached.test(high)) {
            low = high;
            high *= 2;
            if (high > MAX_PROJECTED) {
                return OptionalLong.empty();
            }
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (reached.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return OptionalLong.of(high - n);
    }
}
