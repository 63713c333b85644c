package io.vitrine.poll;

import io.vitrine.poll.stats.VoteStatistics;

/** One part of the audience and how it voted, compared with everyone. */
public record SegmentResult(AudienceSegment segment, VoteStatistics statistics, Disagreement disagreement) {

    /** How a segment's favourite compares with the overall one. */
    public enum Disagreement {
        /** Same favourite, or too few votes to say. */
        NONE,
        /** Another option is ahead in this segment, not (yet) clearly. */
        LEANS_OTHER_WAY,
        /** Another option clearly leads in this segment: the overall winner is not this segment's. */
        REVERSED;

        public boolean disagrees() {
            return this != NONE;
        }
    }
}
