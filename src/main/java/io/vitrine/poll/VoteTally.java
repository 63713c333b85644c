package io.vitrine.poll;

import io.vitrine.insights.SegmentDimension;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * A poll's counts every way the results need them: votes per option, per option for each value of each
 * segment dimension, per option for each hour, and impressions per option (for the sample-ratio check).
 */
public record VoteTally(long[] perOption, Map<SegmentDimension, Map<String, long[]>> perSegment,
                        SortedMap<Instant, long[]> perHour, long[] impressions) {

    public VoteTally {
        perSegment = new EnumMap<>(perSegment);
    }

    public Map<String, long[]> perValueOf(SegmentDimension dimension) {
        return perSegment.getOrDefault(dimension, Map.of());
    }

    /** Adds up rollup rows (one per option and segment combination) into the tally. */
    static final class Builder {
        private final int options;
        private final long[] votes;
        private final long[] impressions;
        private final Map<SegmentDimension, Map<String, long[]>> perSegment = PollEngagementRepository.emptySegments();

        Builder(int options) {
            this.options = options;
            this.votes = new long[options];
            this.impressions = new long[options];
        }

        void impressions(int option, long events) {
            impressions[option] += events;
        }

        /** Segment values as stored in the rollups ('' and -1 = unknown, left out of that dimension). */
        void votes(int option, long events, String interest, String region, String ageBand, String returning) {
            votes[option] += events;
            add(SegmentDimension.INTEREST, interest, option, events);
            add(SegmentDimension.REGION, region, option, events);
            add(SegmentDimension.AGE_BAND, ageBand, option, events);
            add(SegmentDimension.RETURNING, returning, option, events);
        }

        private void add(SegmentDimension dimension, String stored, int option, long events) {
            String value = dimension.spokenValue(stored);
            if (value != null) {
                perSegment.get(dimension).computeIfAbsent(value, v -> new long[options])[option] += events;
            }
        }

        VoteTally build(SortedMap<Instant, long[]> perHour) {
            return new VoteTally(votes, perSegment, perHour, impressions);
        }
    }
}
