package io.vitrine.poll.stats;

/**
 * The knobs of the poll statistics, with defaults a marketer never needs to touch.
 *
 * @param minVotes            no verdict other than "too early to call" below this many votes (default 100)
 * @param alpha               false-call rate the sequential test guarantees, however often results are looked at (5%)
 * @param meaningfulSplit     head-to-head split below which a difference does not matter: 0.55 means "55 to 45"
 * @param mixtureConcentration a of the Beta(a, a) mixture in the always-valid test (see docs/decisions/0006)
 * @param monteCarloDraws     posterior draws for "probability best" with three or four options
 * @param seed                fixed seed of those draws, so the same votes always give the same figures
 * @param sampleRatioAlpha    p-value below which uneven impressions are flagged (0.001, as in industry SRM checks)
 */
public record StatisticsSettings(int minVotes, double alpha, double meaningfulSplit, double mixtureConcentration,
                                 int monteCarloDraws, long seed, double sampleRatioAlpha) {
    public static final int DEFAULT_MIN_VOTES = 100;

    public StatisticsSettings {
        if (minVotes < 1) {
            throw new IllegalArgumentException("The minimum number of votes must be at least 1, not " + minVotes);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be between 0 and 0.5, not " + alpha);
        }
        if (!(meaningfulSplit > 0.5 && meaningfulSplit < 1)) {
            throw new IllegalArgumentException("meaningfulSplit must be between 0.5 and 1, not " + meaningfulSplit);
        }
        if (!(mixtureConcentration > 0) || monteCarloDraws < 1000 || !(sampleRatioAlpha > 0 && sampleRatioAlpha < 1)) {
            throw new IllegalArgumentException("Invalid statistics settings");
        }
    }

    public static StatisticsSettings defaults() {
        return new StatisticsSettings(DEFAULT_MIN_VOTES, 0.05, 0.55, 10, 20_000, 20261122L, 0.001);
    }

    public StatisticsSettings withMinVotes(int votes) {
        return new StatisticsSettings(votes, alpha, meaningfulSplit, mixtureConcentration, monteCarloDraws, seed,
                sampleRatioAlpha);
    }
}
