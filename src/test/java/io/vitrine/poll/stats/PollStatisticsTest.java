package io.vitrine.poll.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The engine against published worked examples and values derivable by hand. */
class PollStatisticsTest {
    private final StatisticsSettings defaults = StatisticsSettings.defaults();
    private final PollStatisticsEngine engine = new PollStatisticsEngine(defaults);

    /** Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score interval). */
    @Test
    void wilsonIntervalsMatchNewcombesTable() {
        assertInterval(WilsonInterval.of95(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of95(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of95(0, 20), 0.0000, 0.1611);
        assertInterval(WilsonInterval.of95(1, 29), 0.0061, 0.1718);
        assertInterval(WilsonInterval.of95(29, 29), 0.8830, 1.0000); // mirror of 0/29
        assertThat(WilsonInterval.of95(0, 0)).isEqualTo(new Interval(0, 1));
    }

    /**
     * Laplace (1778) on 251,527 boys and 241,945 girls born in Paris 1745–1770: with a uniform prior the
     * probability that a birth is at least as likely a girl as a boy is 1.15 × 10⁻⁴². A two-option poll is
     * the same Beta posterior.
     */
    @Test
    void probabilityBestReproducesLaplacesBirthsExample() {
        BestOption.Result result = BestOption.of(new long[] {251_527, 241_945}, defaults);
        assertThat(result.probabilityBest()[1]).isCloseTo(1.15e-42, Percentage.withPercentage(1));
        assertThat(result.probabilityBest()[0]).isEqualTo(1.0);
    }

    /** Closed forms: P(Beta(α, β) > ½) = P(Binomial(α+β−1, ½) ≤ α−1) for whole α, β; expected loss by integration. */
    @Test
    void twoOptionProbabilitiesAndLossesMatchClosedForms() {
        BestOption.Result threeToOne = BestOption.of(new long[] {3, 1}, defaults);
        assertThat(threeToOne.probabilityBest()[0]).isCloseTo(26.0 / 32, within(1e-12));
        assertThat(threeToOne.expectedLoss()[0]).isCloseTo(1.0 / 24, within(1e-12));
        assertThat(threeToOne.expectedLoss()[1]).isCloseTo(0.375, within(1e-12));

        BestOption.Result none = BestOption.of(new long[] {0, 0}, defaults);
        assertThat(none.probabilityBest()).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        assertThat(none.expectedLoss()).containsExactly(new double[] {0.25, 0.25}, within(1e-12));

        assertThat(BestOption.of(new long[] {1, 0}, defaults).probabilityBest()[0]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void monteCarloAgreesWithTheExactAnswerAndIsRepeatable() {
        long[] votes = {55, 45};
        BestOption.Result exact = BestOption.exactForTwo(55, 45);
        BestOption.Result sampled = BestOption.monteCarlo(votes, defaults);
        assertThat(sampled.probabilityBest()[0]).isCloseTo(exact.probabilityBest()[0], within(0.01));
        assertThat(sampled.expectedLoss()[0]).isCloseTo(exact.expectedLoss()[0], within(0.003));

        long[] three = {300, 300, 300};
        BestOption.Result even = BestOption.of(three, defaults);
        assertThat(even.probabilityBest()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(0.015));
        assertThat(even.probabilityBest()[0] + even.probabilityBest()[1] + even.probabilityBest()[2]).isCloseTo(1, within(1e-9));
        assertThat(BestOption.of(three, defaults).probabilityBest()).isEqualTo(even.probabilityBest());
    }

    /** With a uniform mixture, s votes out of s: Λ = 2ˢ / (s + 1) — the Bayes factor of a uniform prior against a fair coin. */
    @Test
    void evidenceMatchesTheUniformMixtureBayesFactor() {
        HeadToHeadTest uniform = new HeadToHeadTest(1);
        assertThat(Math.exp(uniform.logEvidence(10, 0, 0.5))).isCloseTo(1024.0 / 11, within(1e-9));
        // s = 3, f = 1: B(4, 2) · 2⁴ = (1/20) · 16
        assertThat(Math.exp(uniform.logEvidence(3, 1, 0.5))).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void sharesAndIntervalsPerOption() {
        VoteStatistics stats = engine.analyse(new long[] {81, 182});
        assertThat(stats.totalVotes()).isEqualTo(263);
        OptionStatistics a = stats.option(0);
        assertThat(a.share()).isCloseTo(81 / 263.0, within(1e-12));
        assertThat(a.ciLow()).isCloseTo(0.2553, within(5e-5));
        assertThat(a.ciHigh()).isCloseTo(0.3662, within(5e-5));
        assertThat(stats.option(1).probabilityBest()).isGreaterThan(0.999);
    }

    @Test
    void verdictsAcrossTheThreeOutcomes() {
        assertThat(engine.analyse(new long[] {0, 0}).verdict().kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        PollVerdict clear = engine.analyse(new long[] {300, 700}).verdict();
        assertThat(clear.kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(clear.leader()).isEqualTo(1);
        assertThat(clear.moreVotesNeeded()).isNull();

        PollVerdict close = engine.analyse(new long[] {88, 72}).verdict();
        assertThat(close.kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(close.leader()).isZero();
        assertThat(close.moreVotesNeeded()).isNotNull().isPositive();

        PollVerdict tie = engine.analyse(new long[] {1510, 1490}).verdict();
        assertThat(tie.kind()).isEqualTo(PollVerdict.Kind.NO_MEANINGFUL_DIFFERENCE);
    }

    @Test
    void projectedVotesReallyAreEnoughForTheCall() {
        PollVerdict early = engine.analyse(new long[] {88, 72}).verdict();
        long more = early.moreVotesNeeded();
        long total = 160 + more;
        long leader = Math.round(total * 88 / 160.0);
        assertThat(engine.analyse(new long[] {leader, total - leader}).verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        long fewer = 160 + more * 8 / 10;
        long leaderFewer = Math.round(fewer * 88 / 160.0);
        assertThat(engine.analyse(new long[] {leaderFewer, fewer - leaderFewer}).verdict().kind())
                .isEqualTo(PollVerdict.Kind.TOO_EARLY);
    }

    @Test
    void neverAVerdictBelowTheMinimumVotes() {
        PollVerdict lopsided = engine.analyse(new long[] {99, 0}).verdict();
        assertThat(lopsided.kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(lopsided.belowMinimum()).isTrue();
        assertThat(lopsided.moreVotesNeeded()).isEqualTo(1);
        assertThat(engine.analyse(new long[] {100, 0}).verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);

        PollStatisticsEngine strict = new PollStatisticsEngine(defaults.withMinVotes(500));
        PollVerdict strictVerdict = strict.analyse(new long[] {300, 100}).verdict();
        assertThat(strictVerdict.kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(strictVerdict.moreVotesNeeded()).isEqualTo(100);
    }

    @Test
    void withThreeOptionsTheLeaderMustBeatEveryOther() {
        VoteStatistics stats = engine.analyse(new long[] {500, 300, 200});
        assertThat(stats.verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(stats.verdict().evidenceNeeded()).isCloseTo(60, within(1e-9)); // 3 pairs / 0.05
        double sum = stats.options().stream().mapToDouble(OptionStatistics::probabilityBest).sum();
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(stats.option(0).expectedLoss()).isLessThan(stats.option(1).expectedLoss());
    }

    /** 1,000 vs 850 impressions: χ² = 2 · 75² / 925 on one degree of freedom, p = erfc(√(χ²/2)). */
    @Test
    void unevenImpressionsAreFlagged() {
        SampleRatio even = engine.checkSampleRatio(new long[] {1000, 1000});
        assertThat(even.flagged()).isFalse();
        assertThat(even.pValue()).isCloseTo(1, within(1e-12));

        SampleRatio uneven = engine.checkSampleRatio(new long[] {1000, 850});
        double chi2 = 2 * 75.0 * 75.0 / 925;
        double expectedP = org.apache.commons.math3.special.Erf.erfc(Math.sqrt(chi2 / 2));
        assertThat(uneven.pValue()).isCloseTo(expectedP, Percentage.withPercentage(0.01));
        assertThat(uneven.flagged()).isTrue();
        assertThat(uneven.leastShown()).isEqualTo(1);
        assertThat(uneven.ratioToEven()[1]).isCloseTo(850 / 925.0, within(1e-12));

        SampleRatio tiny = engine.checkSampleRatio(new long[] {6, 1});
        assertThat(tiny.pValue()).isNull();
        assertThat(tiny.flagged()).isFalse();
    }

    @Test
    void cumulativeSharesHourByHour() {
        TreeMap<Instant, long[]> hourly = new TreeMap<>();
        Instant h0 = Instant.parse("2026-11-20T10:00:00Z");
        hourly.put(h0, new long[] {3, 1});
        hourly.put(h0.plusSeconds(7200), new long[] {0, 4});
        List<ShareTimeline.Point> points = ShareTimeline.cumulative(hourly, 2);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).shares()).containsExactly(0.75, 0.25);
        assertThat(points.get(1).cumulativeVotes()).containsExactly(3, 5);
        assertThat(points.get(1).shares()[1]).isCloseTo(5 / 8.0, within(1e-12));
        assertThat(points.get(1).totalVotes()).isEqualTo(8);
    }

    private static void assertInterval(Interval actual, double low, double high) {
        assertThat(actual.low()).as("low").isCloseTo(low, within(5e-5));
        assertThat(actual.high()).as("high").isCloseTo(high, within(5e-5));
    }
}
