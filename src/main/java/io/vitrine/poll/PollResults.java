package io.vitrine.poll;

import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.ShareTimeline;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.List;

/**
 * Everything the results view, the CLI and reports show for a poll: figures and verdict for the chosen
 * audience ({@code scope}, empty = everyone), the sample-ratio check, each segment, and the race over time.
 */
public record PollResults(Poll poll, List<AudienceSegment> scope, StatisticsSettings settings, VoteStatistics statistics,
                          SampleRatio sampleRatio, List<SegmentResult> segments, List<ShareTimeline.Point> timeline,
                          long comments) {

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

    public String label(int position) {
        return position < 0 ? "" : poll.options().get(position).label();
    }
}
