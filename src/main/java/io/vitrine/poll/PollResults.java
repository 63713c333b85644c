package io.vitrine.poll;

import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.ShareTimeline;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.List;

/**
 * Everything the results view, the CLI and reports show for a poll: figures and verdict for the chosen
 * audience ({@code scope}, empty = everyone), the sample-ratio check, each segment, and the race over time.
 *
 * @param judgedAmong how many segments the verdict was weighed against: those of the table a segment was
 *                    opened from (Holm), 1 for everyone
 */
public record PollResults(Poll poll, List<AudienceSegment> scope, StatisticsSettings settings, VoteStatistics statistics,
                          int judgedAmong, SampleRatio sampleRatio, List<SegmentResult> segments,
                          List<ShareTimeline.Point> timeline, long comments) {

    public PollResults {
        scope = List.copyOf(scope);
        segments = List.copyOf(segments);
        timeline = List.copyOf(timeline);
    }

    /** The verdict in plain words, as the results view and the CLI print it. */
    public String verdictSentence() {
        return VerdictSentence.of(poll, statistics, sampleRatio, settings);
    }

    /** "Segment calls adjusted for 8 segments (Holm)." — how many rows a segment's clear call was weighed against. */
    public String segmentAdjustment() {
        return segments.size() < 2 ? "" : "Segment calls adjusted for " + segments.size() + " segments (Holm).";
    }

    /** "Judged with the 18 segments of the full segment table (Holm)." for a segment opened from the table. */
    public String scopeAdjustment() {
        return judgedAmong < 2 ? "" : "Judged with the " + judgedAmong + " segments of the full segment table (Holm),"
                + " as the table shows it.";
    }

    public String label(int position) {
        return position < 0 ? "" : poll.options().get(position).label();
    }
}
