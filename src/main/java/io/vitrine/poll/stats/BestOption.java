package io.vitrine.poll.stats;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Beta;

/**
 * How likely each option is to be the audience's favourite, and what choosing it would cost if it is not.
 *
 * <p>Votes split between options, so the shares follow a Dirichlet(1 + votes) posterior (a uniform
 * prior); each share on its own is Beta(1 + votes, 1 + other votes). With two options everything is
 * exact from the Beta distribution. With three or four, shares are drawn from the Dirichlet (as
 * independent Gamma draws, normalised) with a fixed seed, so the same votes always give the same figures.
 */
public final class BestOption {
    private BestOption() {
    }

    /**
     * @param probabilityBest chance each option has the highest true share (sums to 1)
     * @param expectedLoss    expected share points given up by picking each option instead of the true best
     */
    public record Result(double[] probabilityBest, double[] expectedLoss) {
    }

    public static Result of(long[] votes, StatisticsSettings settings) {
        if (votes.length < 2) {
            throw new IllegalArgumentException("A poll has at least two options");
        }
        return votes.length == 2 ? exactForTwo(votes[0], votes[1]) : monteCarlo(votes, settings);
    }

    /** P(share A > 1/2) and E[max(0, share B − share A)] with share A ~ Beta(1 + a, 1 + b). */
    static Result exactForTwo(long a, long b) {
        double alpha = 1.0 + a;
        double beta = 1.0 + b;
        // P(A best) = P(x > ½) = 1 − I½(α, β) = I½(β, α); each computed directly keeps tiny probabilities exact
        double aBest = Beta.regularizedBeta(0.5, beta, alpha);
        double bBest = Beta.regularizedBeta(0.5, alpha, beta);
        return new Result(new double[] {aBest, bBest},
                new double[] {lossOfChoosing(alpha, beta), lossOfChoosing(beta, alpha)});
    }

    /**
     * E[max(0, 1 − 2x)] for x ~ Beta(α, β): the share points lost choosing x's option when the other is better.
     * Uses x·Beta(x; α, β) = α/(α+β)·Beta(x; α+1, β), so it is two regularised incomplete Beta functions.
     */
    private static double lossOfChoosing(double alpha, double beta) {
        double loss = Beta.regularizedBeta(0.5, alpha, beta)
                - 2 * alpha / (alpha + beta) * Beta.regularizedBeta(0.5, alpha + 1, beta);
        return Math.max(0, loss);
    }

    static Result monteCarlo(long[] votes, StatisticsSettings settings) {
        int k = votes.length;
        RandomGenerator random = new Well19937c(settings.seed());
        GammaDistribution[] gammas = new GammaDistribution[k];
        for (int i = 0; i < k; i++) {
            gammas[i] = new GammaDistribution(random, 1.0 + votes[i], 1.0);
        }
        double[] wins = new double[k];
        double[] loss = new double[k];
        double[] draw = new double[k];
        int draws = settings.monteCarloDraws();
        for (int d = 0; d < draws; d++) {
            double total = 0;
            for (int i = 0; i < k; i++) {
                draw[i] = gammas[i].sample();
                total += draw[i];
            }
            int best = 0;
            for (int i = 1; i < k; i++) {
                if (draw[i] > draw[best]) {
                    best = i;
                }
            }
            wins[best]++;
            for (int i = 0; i < k; i++) {
                loss[i] += (draw[best] - draw[i]) / total;
            }
        }
        for (int i = 0; i < k; i++) {
            wins[i] /= draws;
            loss[i] /= draws;
        }
        return new Result(wins, loss);
    }
}
