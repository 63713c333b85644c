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
 */
public record PollVerdict(Kind kind, int leader, int runnerUp, double evidence, double evidenceNeeded,
                          Long moreVotesNeeded, boolean belowMinimum) {

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
}
