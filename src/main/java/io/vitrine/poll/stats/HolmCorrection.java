package io.vitrine.poll.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction (Holm 1979) for several tests judged together, such as the segments of one poll.
 * Sorted from the smallest p-value, the test of rank i is judged at alpha / (m − i + 1), and the procedure stops
 * at the first that fails. The chance of any false call in the family stays at most alpha whatever the
 * dependence between the tests (segments overlap: a French 25-34 voter is in two), and it never calls less than
 * Bonferroni's alpha / m. Commons Math 3 has no multiple-comparison corrections; this is a sort and a running maximum.
 */
public final class HolmCorrection {
    private HolmCorrection() {
    }

    /** Adjusted p-values: the smallest family alpha at which each test would be called, max over ranks ≤ i of (m − rank + 1)·p. */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        double[] adjusted = new double[m];
        double running = 0;
        int rank = 0;
        for (int index : byPValue(pValues)) {
            running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
            adjusted[index] = running;
            rank++;
        }
        return adjusted;
    }

    /**
     * The alpha each test is judged at on its own: alpha / (m − i + 1) for rank i up to the first rank that fails,
     * that failing rank's level for every rank after it. A test passes at its level exactly when Holm calls it,
     * so a verdict rule can be rerun at this level and agree with the correction.
     */
    public static double[] levels(double[] pValues, double alpha) {
        int m = pValues.length;
        double[] levels = new double[m];
        double level = alpha / m;
        boolean stopped = false;
        int rank = 0;
        for (int index : byPValue(pValues)) {
            if (!stopped) {
                level = alpha / (m - rank);
                stopped = pValues[index] > level;
            }
            levels[index] = level;
            rank++;
        }
        return levels;
    }

    private static int[] byPValue(double[] pValues) {
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("A p-value lies between 0 and 1, not " + p);
            }
        }
        return IntStream.range(0, pValues.length).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i])).mapToInt(Integer::intValue).toArray();
    }
}
