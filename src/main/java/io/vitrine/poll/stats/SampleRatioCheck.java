package io.vitrine.poll.stats;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/** The sample-ratio check: a chi-square goodness-of-fit test of impressions per option against an even split. */
public final class SampleRatioCheck {
    /** The chi-square approximation needs about five expected impressions per option. */
    static final double MIN_EXPECTED = 5;

    private SampleRatioCheck() {
    }

    public static SampleRatio check(long[] impressions, StatisticsSettings settings) {
        int k = impressions.length;
        long total = 0;
        int least = -1;
        for (int i = 0; i < k; i++) {
            total += impressions[i];
            if (least < 0 || impressions[i] < impressions[least]) {
                least = i;
            }
        }
        double even = (double) total / k;
        double[] ratios = new double[k];
        for (int i = 0; i < k; i++) {
            ratios[i] = total == 0 ? 0 : impressions[i] / even;
        }
        if (even < MIN_EXPECTED) {
            return new SampleRatio(impressions.clone(), ratios, null, false, total == 0 ? -1 : least);
        }
        double[] expected = new double[k];
        java.util.Arrays.fill(expected, even);
        double p = new ChiSquareTest().chiSquareTest(expected, impressions);
        return new SampleRatio(impressions.clone(), ratios, p, p < settings.sampleRatioAlpha(), least);
    }
}
