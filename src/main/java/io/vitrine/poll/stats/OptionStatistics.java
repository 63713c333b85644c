package io.vitrine.poll.stats;

/**
 * One option's figures within a scope (everyone, or one segment).
 *
 * @param share           votes / all votes in the scope (0 when there are none)
 * @param ciLow           Wilson 95% interval of the share
 * @param probabilityBest chance this option has the highest true share
 * @param expectedLoss    share points expected to be given up by choosing it
 */
public record OptionStatistics(int position, long votes, double share, double ciLow, double ciHigh,
                               double probabilityBest, double expectedLoss) {
}
