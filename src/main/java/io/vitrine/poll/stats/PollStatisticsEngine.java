package io.vitrine.poll.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The poll statistics engine: votes in, figures and a verdict out. Plain Java, no I/O — the same
 * engine serves the results view, the CLI and reports, overall and for any audience segment.
 */
public final class PollStatisticsEngine {
    private final StatisticsSettings settings;
    private final VerdictRule verdicts;

    public PollStatisticsEngine(StatisticsSettings settings) {
        this.settings = settings;
        this.verdicts = new VerdictRule(settings);
    }

    public StatisticsSettings settings() {
        return settings;
    }

    /** Figures for one scope; {@code votes[i]} is the number of votes for the option at position i. */
    public VoteStatistics analyse(long[] votes) {
        checkVotes(votes);
        return figures(votes, verdicts.decide(votes));
    }

    /**
     * Figures for several segments shown together (a poll's segment table). A segment's lead is called only if it
     * survives Holm's correction over all of them: a dozen segments each judged at alpha alone would show a false
     * "clearly ahead" far more often than alpha. Each verdict carries its adjusted p-value.
     */
    public List<VoteStatistics> analyseSegments(List<long[]> segments) {
        segments.forEach(PollStatisticsEngine::checkVotes);
        double[] alone = segments.stream().mapToDouble(votes -> verdicts.decide(votes).pValue()).toArray();
        double[] adjusted = HolmCorrection.adjust(alone);
        double[] levels = HolmCorrection.levels(alone, settings.alpha());
        List<VoteStatistics> results = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            long[] votes = segments.get(i);
            results.add(figures(votes, verdicts.decide(votes, levels[i]).withPValue(adjusted[i])));
        }
        return results;
    }

    private VoteStatistics figures(long[] votes, PollVerdict verdict) {
        long total = 0;
        for (long v : votes) {
            total += v;
        }
        BestOption.Result best = BestOption.of(votes, settings);
        List<OptionStatistics> options = new ArrayList<>(votes.length);
        for (int i = 0; i < votes.length; i++) {
            Interval ci = WilsonInterval.of95(votes[i], total);
            double share = total == 0 ? 0 : (double) votes[i] / total;
            options.add(new OptionStatistics(i, votes[i], share, ci.low(), ci.high(), best.probabilityBest()[i],
                    best.expectedLoss()[i]));
        }
        return new VoteStatistics(total, options, verdict);
    }

    private static void checkVotes(long[] votes) {
        if (votes.length < 2 || votes.length > 4) {
            throw new IllegalArgumentException("A poll has two to four options, not " + votes.length);
        }
        for (long v : votes) {
            if (v < 0) {
                throw new IllegalArgumentException("Negative vote count " + v);
            }
        }
    }

    public SampleRatio checkSampleRatio(long[] impressions) {
        return SampleRatioCheck.check(impressions, settings);
    }
}
