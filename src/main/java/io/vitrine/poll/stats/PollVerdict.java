package io.vitrine.poll.stats;

/**
 * What the results allow us to say, honestly.
 *
 * @param kind            leads / too early to call / no meaningful difference
 * @param leader          position of the option with the most votes (-1 when there are no votes)
 * @param runnerUp        position of the option with the next most votes (-1 when there are no votes)
 * @param evidence        the always-valid evidence (e-value) of leader over runner-up
 * @param evidenceNeeded  the evidence a call needs: (number of option pairs) / alpha
 * @param moreVotesNeeded about how many more votes (in total) a call needs if the current split holds;
 *                        null when a call is made or none is in sight
 * @param belowMinimum    true when there are fewer votes than the minimum for any call
 * @param pValue          always-valid p-value of "the leader leads": (option pairs) / (the leader's weakest evidence
 *                        over another option), at most 1; 1 when no lead can be called (below the minimum, level).
 *                        For a segment judged with others it is Holm-adjusted over them ({@link HolmCorrection}).
 *                        "Leads" means it is at most alpha.
 */
public record PollVerdict(Kind kind, int leader, int runnerUp, double evidence, double evidenceNeeded,
                          Long moreVotesNeeded, boolean belowMinimum, double pValue) {

    /** The three verdicts a marketer can see. */
    public enum Kind {
        LEADS("leads"),
        TOO_EARLY("too early to call"),
        NO_MEANINGFUL_DIFFERENCE("no meaningful difference");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** "too early to call" */
        public String words() {
            return words;
        }
    }

    public boolean isCall() {
        return kind != Kind.TOO_EARLY;
    }

    /** The same verdict with another p-value: a segment's, once adjusted for the other segments. */
    PollVerdict withPValue(double adjusted) {
        return new PollVerdict(kind, leader, runnerUp, evidence, evidenceNeeded, moreVotesNeeded, belowMinimum, adjusted);
    }
}
