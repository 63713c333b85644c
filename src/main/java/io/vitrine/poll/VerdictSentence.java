package io.vitrine.poll;

import io.vitrine.common.Formats;
import io.vitrine.poll.stats.OptionStatistics;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.Locale;

/** Says what the statistics allow, in words a marketer reads at a glance. */
public final class VerdictSentence {
    private VerdictSentence() {
    }

    public static String of(Poll poll, VoteStatistics stats, SampleRatio sampleRatio, StatisticsSettings settings) {
        String sentence = verdict(poll, stats, settings);
        if (sampleRatio != null && sampleRatio.flagged()) {
            sentence += " " + caution(poll, sampleRatio);
        }
        return sentence;
    }

    /** The verdict alone, without the sample-ratio caution. */
    public static String verdict(Poll poll, VoteStatistics stats, StatisticsSettings settings) {
        PollVerdict v = stats.verdict();
        long total = stats.totalVotes();
        if (total == 0) {
            return "No votes yet. A call needs at least " + Formats.count(settings.minVotes()) + " votes.";
        }
        String leader = label(poll, v.leader());
        String runnerUp = label(poll, v.runnerUp());
        OptionStatistics lead = stats.option(v.leader());
        boolean level = lead.votes() == stats.option(v.runnerUp()).votes();
        String ahead = level ? leader + " and " + runnerUp + " are level" : leader + " is ahead with "
                + probability(lead.probabilityBest()) + " probability of being the favourite";
        return switch (v.kind()) {
            case LEADS -> leader + " leads with " + probability(lead.probabilityBest()) + " probability of being the favourite ("
                    + votes(total) + ").";
            case NO_MEANINGFUL_DIFFERENCE -> "No meaningful difference between " + leader + " and " + runnerUp + ": with "
                    + votes(total) + ", neither is preferred by more than " + split(settings) + ".";
            case TOO_EARLY -> v.belowMinimum()
                    ? "Too early to call: " + votes(total) + " so far, and a call needs at least "
                    + Formats.count(settings.minVotes()) + ". " + capitalised(ahead) + "."
                    : tooEarly(leader, runnerUp, level, lead, v);
        };
    }

    private static String tooEarly(String leader, String runnerUp, boolean level, OptionStatistics lead, PollVerdict v) {
        String start = level ? leader + " and " + runnerUp + " are level"
                : leader + " leads with " + probability(lead.probabilityBest()) + " probability";
        if (v.moreVotesNeeded() == null) {
            return start + "; at this split no call is in sight, so the race is too close to call.";
        }
        return start + "; about " + Formats.count(roughly(v.moreVotesNeeded())) + " more votes needed to call it.";
    }

    /** The sample-ratio caution: which option was shown less, and what that means. */
    public static String caution(Poll poll, SampleRatio ratio) {
        int least = ratio.leastShown();
        double fewer = 1 - ratio.ratioToEven()[least];
        return "Caution: " + label(poll, least) + " was shown " + Formats.percent(fewer)
                + " less often than an even split, so these results may be biased.";
    }

    /** 0.87 → "87%"; never "100%" or "0%", which would claim certainty the data cannot give. */
    public static String probability(double p) {
        if (p > 0.99) {
            return "over 99%";
        }
        if (p < 0.01) {
            return "under 1%";
        }
        return String.format(Locale.ROOT, "%.0f%%", p * 100);
    }

    /** Probability in a table cell: "87%", "&gt;99%", "&lt;1%". */
    public static String probabilityShort(double p) {
        return p > 0.99 ? ">99%" : p < 0.01 ? "<1%" : String.format(Locale.ROOT, "%.0f%%", p * 100);
    }

    /** A projection is rough: 437 → 450, 3,412 → 3,400, 18 → 20. */
    static long roughly(long n) {
        if (n <= 0) {
            return 0;
        }
        long step = n < 100 ? 10 : n < 1000 ? 50 : n < 10_000 ? 100 : (long) Math.pow(10, Math.floor(Math.log10(n)) - 1);
        return Math.max(step, Math.round((double) n / step) * step);
    }

    private static String split(StatisticsSettings settings) {
        long winner = Math.round(settings.meaningfulSplit() * 100);
        return winner + " to " + (100 - winner);
    }

    private static String votes(long n) {
        return Formats.count(n) + (n == 1 ? " vote" : " votes");
    }

    private static String label(Poll poll, int position) {
        return poll.options().get(position).label();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
