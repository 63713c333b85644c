package io.vitrine.poll.stats;

/**
 * Whether the options were shown as evenly as they should have been (a sample-ratio mismatch check).
 * Uneven showing biases votes towards the options seen more, whatever the audience prefers.
 *
 * @param impressions  times each option was shown
 * @param ratioToEven  impressions / (the even share of all impressions): 0.62 means shown 38% less than even
 * @param pValue       chi-square goodness-of-fit p-value against an even split; null when too few impressions
 * @param flagged      true when the p-value is below the sample-ratio alpha (0.001)
 * @param leastShown   position of the option shown least (-1 when there are no impressions)
 */
public record SampleRatio(long[] impressions, double[] ratioToEven, Double pValue, boolean flagged, int leastShown) {
}
