package io.vitrine.poll.stats;

import java.util.OptionalLong;

/**
 * Turns vote counts into a verdict. "Leads" needs the leader's head-to-head evidence against every
 * other option to reach (pairs / alpha) — a Bonferroni split of alpha over the option pairs, so a poll
 * with three or four equal options is no likelier to produce a false call than one with two.
 * "No meaningful difference" needs the confidence sequence of the leader-vs-runner-up split to sit
 * inside the meaningful split (55:45 by default). Below the minimum number of votes it is always too early.
 */
public final class VerdictRule {
    private final StatisticsSettings settings;
    private final HeadToHeadTest test;

    public VerdictRule(StatisticsSettings settings) {
        this.settings = settings;
        this.test = new HeadToHeadTest(settings.mixtureConcentration());
    }

    public PollVerdict decide(long[] votes) {
        return decide(votes, settings.alpha());
    }

    /**
     * As {@link #decide(long[])}, but a lead is called at {@code leadAlpha} rather than the poll's alpha: a segment
     * judged together with other segments gets its Holm share of alpha. "No meaningful difference" keeps the
     * poll's alpha: it says no option is preferred, so it can never make a segment look reversed.
     */
    public PollVerdict decide(long[] votes, double leadAlpha) {
        if (!(leadAlpha > 0 && leadAlpha <= settings.alpha())) {
            throw new IllegalArgumentException("A lead's alpha is a share of the poll's " + settings.alpha() + ", not " + leadAlpha);
        }
        long total = sum(votes);
        int k = votes.length;
        double pairs = k * (k - 1) / 2.0;
        double logLeadThreshold = Math.log(pairs / leadAlpha);
        double logWithinThreshold = Math.log(pairs / settings.alpha());
        double evidenceNeeded = pairs / leadAlpha;
        boolean belowMinimum = total < settings.minVotes();
        if (total == 0) {
            return new PollVerdict(PollVerdict.Kind.TOO_EARLY, -1, -1, 1, evidenceNeeded, (long) settings.minVotes(), true, 1);
        }
        int leader = indexOfMax(votes, -1);
        int runnerUp = indexOfMax(votes, leader);
        long s = votes[leader];
        long f = votes[runnerUp];
        double evidence = Math.exp(Math.min(700, test.logEvidence(s, f, 0.5)));
        double weakest = weakestLogEvidence(votes, leader);
        boolean leads = s > f && weakest >= logLeadThreshold;
        // Ville: with no preference P(Λ ever ≥ x) ≤ 1/x, so pairs/Λ is a p-value valid at any look (Bonferroni over pairs)
        double pValue = belowMinimum || s == f ? 1 : Math.min(1, Math.exp(Math.log(pairs) - weakest));
        boolean within = test.withinSplit(s, f, settings.meaningfulSplit(), logWithinThreshold);
        PollVerdict.Kind kind = belowMinimum ? PollVerdict.Kind.TOO_EARLY
                : leads ? PollVerdict.Kind.LEADS
                : within ? PollVerdict.Kind.NO_MEANINGFUL_DIFFERENCE
                : PollVerdict.Kind.TOO_EARLY;
        Long more = kind == PollVerdict.Kind.TOO_EARLY
                ? moreVotesNeeded(votes, leader, runnerUp, logLeadThreshold, logWithinThreshold) : null;
        return new PollVerdict(kind, leader, runnerUp, evidence, evidenceNeeded, more, belowMinimum, pValue);
    }

    /** log Λ of the leader over the option it is least clearly ahead of: a lead must clear every other option. */
    private double weakestLogEvidence(long[] votes, int leader) {
        double weakest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < votes.length; j++) {
            if (j != leader) {
                weakest = Math.min(weakest, test.logEvidence(votes[leader], votes[j], 0.5));
            }
        }
        return weakest;
    }

    /** The sooner of the two possible calls, in total votes, if the current split holds; at least up to the minimum. */
    private Long moreVotesNeeded(long[] votes, int leader, int runnerUp, double logLeadThreshold, double logWithinThreshold) {
        long total = sum(votes);
        OptionalLong separate = OptionalLong.of(0);
        for (int j = 0; j < votes.length; j++) {
            if (j == leader) {
                continue;
            }
            OptionalLong needed = inTotalVotes(test.votesToSeparate(votes[leader], votes[j], logLeadThreshold),
                    votes[leader] + votes[j], total);
            separate = separate.isPresent() && needed.isPresent()
                    ? OptionalLong.of(Math.max(separate.getAsLong(), needed.getAsLong())) : OptionalLong.empty();
        }
        OptionalLong within = inTotalVotes(test.votesToShowWithin(votes[leader], votes[runnerUp],
                settings.meaningfulSplit(), logWithinThreshold), votes[leader] + votes[runnerUp], total);
        long toMinimum = Math.max(0, settings.minVotes() - total);
        if (separate.isEmpty() && within.isEmpty()) {
            return null; // at this split, neither call would ever come
        }
        long sooner = Math.min(separate.orElse(Long.MAX_VALUE), within.orElse(Long.MAX_VALUE));
        return Math.max(sooner, toMinimum);
    }

    /** Head-to-head votes scaled to all votes: only that fraction of new votes goes to the two options. */
    private static OptionalLong inTotalVotes(OptionalLong headToHead, long headToHeadVotes, long total) {
        if (headToHead.isEmpty() || headToHeadVotes == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil(headToHead.getAsLong() * (double) total / headToHeadVotes));
    }

    private static long sum(long[] votes) {
        long total = 0;
        for (long v : votes) {
            total += v;
        }
        return total;
    }

    private static int indexOfMax(long[] votes, int excluded) {
        int best = -1;
        for (int i = 0; i < votes.length; i++) {
            if (i != excluded && (best < 0 || votes[i] > votes[best])) {
                best = i;
            }
        }
        return best;
    }
}
