package io.vitrine.poll.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Holm's step-down correction against examples worked by hand, and segment verdicts that use it. */
class HolmCorrectionTest {
    private static final double ALPHA = 0.05;

    /**
     * Four tests at alpha 5%, sorted: 0.005 ≤ 0.05/4 called; 0.01 ≤ 0.05/3 called; 0.03 > 0.05/2 stops, so 0.03
     * and 0.04 are not. Adjusted: 4·0.005 = 0.02, max(0.02, 3·0.01) = 0.03, max(0.03, 2·0.03) = 0.06, max(0.06, 0.04).
     */
    @Test
    void workedExampleCallsTheTwoSmallestPValues() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        assertThat(HolmCorrection.adjust(p)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        assertThat(HolmCorrection.levels(p, ALPHA)).containsExactly(new double[] {0.05 / 3, 0.025, 0.025, 0.0125}, within(1e-12));
        assertThat(called(p)).containsExactly(true, false, false, true);
    }

    /** Bonferroni (alpha/3 = 0.0167 each) would call only 0.011; Holm's later steps are 0.025 and 0.05, so all three. */
    @Test
    void holmCallsMoreThanBonferroni() {
        double[] p = {0.04, 0.011, 0.02};
        assertThat(HolmCorrection.adjust(p)).containsExactly(new double[] {0.04, 0.033, 0.04}, within(1e-12));
        assertThat(called(p)).containsExactly(true, true, true);
    }

    /** 0.045 is below alpha on its own, but the step before it (0.04 > 0.05/2) failed, and Holm stops there. */
    @Test
    void aFailedStepStopsEveryLaterOne() {
        double[] p = {0.045, 0.04};
        assertThat(HolmCorrection.adjust(p)).containsExactly(new double[] {0.08, 0.08}, within(1e-12));
        assertThat(HolmCorrection.levels(p, ALPHA)).containsExactly(new double[] {0.025, 0.025}, within(1e-12));
        assertThat(called(p)).containsExactly(false, false);
        assertThat(HolmCorrection.adjust(new double[] {0.03})).containsExactly(0.03); // a family of one is not adjusted
        assertThat(HolmCorrection.adjust(new double[0])).isEmpty();
    }

    /** Passing at its level and an adjusted p-value within alpha are the same decision, for any p-values. */
    @Test
    void levelsAndAdjustedPValuesAgree() {
        SplittableRandom random = new SplittableRandom(1979);
        for (int round = 0; round < 2_000; round++) {
            double[] p = IntStream.range(0, 1 + random.nextInt(15)).mapToDouble(i -> Math.pow(random.nextDouble(), 3)).toArray();
            double[] adjusted = HolmCorrection.adjust(p);
            double[] levels = HolmCorrection.levels(p, ALPHA);
            for (int i = 0; i < p.length; i++) {
                assertThat(p[i] <= levels[i]).as("p %s at level %s, adjusted %s", p[i], levels[i], adjusted[i])
                        .isEqualTo(adjusted[i] <= ALPHA);
                assertThat(adjusted[i]).isBetween(p[i], 1.0);
            }
        }
    }

    /**
     * With a uniform mixture (a = 1), 10 votes to 0 give Λ = 2¹⁰/11, so p = 11/1024 = 0.0107: a lead on its own.
     * Among four segments its Holm level is 0.05/4 = 0.0125 and it stays called (adjusted 44/1024 = 0.043); among five
     * it is 0.05/5 = 0.01 and it is not (adjusted 55/1024 = 0.054). Segments of 3 to 1 (Λ = 0.8) have p = 1.
     */
    @Test
    void segmentLeadsAreCalledOnlyIfTheySurviveHolm() {
        PollStatisticsEngine engine = new PollStatisticsEngine(new StatisticsSettings(1, ALPHA, 0.55, 1, 20_000, 7, 0.001));
        assertThat(engine.analyse(new long[] {10, 0}).verdict().pValue()).isCloseTo(11 / 1024.0, within(1e-12));
        assertThat(engine.analyse(new long[] {10, 0}).verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);

        var amongFour = engine.analyseSegments(java.util.List.of(new long[] {10, 0}, new long[] {3, 1}, new long[] {1, 3},
                new long[] {3, 1}));
        assertThat(amongFour.get(0).verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(amongFour.get(0).verdict().pValue()).isCloseTo(44 / 1024.0, within(1e-12));
        assertThat(amongFour.get(1).verdict().pValue()).isEqualTo(1.0);

        var amongFive = engine.analyseSegments(java.util.List.of(new long[] {10, 0}, new long[] {3, 1}, new long[] {1, 3},
                new long[] {3, 1}, new long[] {0, 0}));
        PollVerdict strongest = amongFive.get(0).verdict();
        assertThat(strongest.kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(strongest.pValue()).isCloseTo(55 / 1024.0, within(1e-12));
        assertThat(strongest.evidenceNeeded()).isCloseTo(1 / 0.01, within(1e-9)); // its Holm level, as evidence
        assertThat(strongest.moreVotesNeeded()).isPositive();
        assertThat(amongFive.get(0).option(0).votes()).isEqualTo(10); // the figures are the segment's own
    }

    /** Three options: the Bonferroni split over pairs comes first (p = 3 · 11/1024), then Holm over segments. */
    @Test
    void threeOptionLeadsCarryTheirPairsIntoThePValue() {
        VerdictRule rule = new VerdictRule(new StatisticsSettings(1, ALPHA, 0.55, 1, 20_000, 7, 0.001));
        PollVerdict verdict = rule.decide(new long[] {0, 10, 0});
        assertThat(verdict.pValue()).isCloseTo(33 / 1024.0, within(1e-12));
        assertThat(verdict.kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(rule.decide(new long[] {0, 10, 0}, 0.03).kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY); // 0.032 > 0.03
        assertThat(rule.decide(new long[] {5, 5, 0}).pValue()).isEqualTo(1.0); // level: nobody leads
    }

    private static boolean[] called(double[] p) {
        double[] adjusted = HolmCorrection.adjust(p);
        boolean[] called = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            called[i] = adjusted[i] <= ALPHA;
        }
        return called;
    }
}
