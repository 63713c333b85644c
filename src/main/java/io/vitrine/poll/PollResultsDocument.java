package io.vitrine.poll;

import io.vitrine.poll.stats.OptionStatistics;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.ShareTimeline;
import io.vitrine.poll.stats.VoteStatistics;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Poll results as one JSON document (snake_case through the app's mapper): the CLI's output and a report's input.
 * {@code pValue} and {@code judgedAmong}: for a segment ({@code --segment}), adjusted over the segments of the table
 * it belongs to, as the table shows it.
 */
public record PollResultsDocument(long pollId, String question, String status, List<String> scope, long totalVotes,
                                  int minVotes, List<Option> options, String verdict, String verdictText,
                                  Integer leaderPosition, double evidence, double evidenceNeeded, Long moreVotesNeeded,
                                  double pValue, int judgedAmong, Srm srm, int segmentsCompared, String segmentNote, List<Segment> segments,
                                  List<TimelinePoint> timeline, long comments) {

    public record Option(int position, String letter, String label, String itemId, long votes, double share, double ciLow,
                         double ciHigh, double probabilityBest, double expectedLoss) {
    }

    public record Srm(boolean flagged, Double pValue, long[] impressions, double[] ratioToEven) {
    }

    /** @param pValueAdjusted the lead's p-value, Holm-adjusted over all the segments; the verdict "leads" when ≤ alpha */
    public record Segment(String dimension, String value, String segment, long totalVotes, Integer leaderPosition,
                          String verdict, double pValueAdjusted, boolean disagrees, String disagreement, List<Option> options) {
    }

    public record TimelinePoint(Instant hour, long[] votes, double[] shares) {
    }

    public static PollResultsDocument of(PollResults results) {
        Poll poll = results.poll();
        VoteStatistics stats = results.statistics();
        PollVerdict verdict = stats.verdict();
        SampleRatio ratio = results.sampleRatio();
        return new PollResultsDocument(poll.id(), poll.question(), poll.status().code(),
                results.scope().stream().map(AudienceSegment::toString).toList(), stats.totalVotes(),
                results.settings().minVotes(), options(poll, stats), code(verdict.kind()), results.verdictSentence(),
                verdict.leader() < 0 ? null : verdict.leader(), verdict.evidence(), verdict.evidenceNeeded(),
                verdict.moreVotesNeeded(), verdict.pValue(), results.judgedAmong(),
                new Srm(ratio.flagged(), ratio.pValue(), ratio.impressions(), Arrays.stream(ratio.ratioToEven()).toArray()),
                results.segments().size(), results.segmentAdjustment(),
                results.segments().stream().map(s -> segment(poll, s)).toList(),
                results.timeline().stream().map(p -> new TimelinePoint(p.hour(), p.cumulativeVotes(), p.shares())).toList(),
                results.comments());
    }

    /** "leads", "too_early_to_call", "no_meaningful_difference". */
    public static String code(PollVerdict.Kind kind) {
        return kind.words().replace(' ', '_');
    }

    private static Segment segment(Poll poll, SegmentResult s) {
        PollVerdict v = s.statistics().verdict();
        return new Segment(s.segment().dimension().code(), s.segment().value(), s.segment().toString(),
                s.statistics().totalVotes(), v.leader() < 0 ? null : v.leader(), code(v.kind()), v.pValue(),
                s.disagreement().disagrees(),
                s.disagreement().name().toLowerCase(Locale.ROOT), options(poll, s.statistics()));
    }

    private static List<Option> options(Poll poll, VoteStatistics stats) {
        return stats.options().stream().map(o -> option(poll.options().get(o.position()), o)).toList();
    }

    private static Option option(PollOption option, OptionStatistics o) {
        return new Option(o.position(), option.letter(), option.label(), option.itemId(), o.votes(), o.share(), o.ciLow(),
                o.ciHigh(), o.probabilityBest(), o.expectedLoss());
    }
}
