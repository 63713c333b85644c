package io.vitrine.poll.stats;

import java.util.List;

/** Everything the engine says about one set of votes: per-option figures and the verdict. */
public record VoteStatistics(long totalVotes, List<OptionStatistics> options, PollVerdict verdict) {

    public VoteStatistics {
        options = List.copyOf(options);
    }

    public OptionStatistics option(int position) {
        return options.get(position);
    }

    /** The option with the most votes, or -1 when there are none. */
    public int leader() {
        return verdict.leader();
    }
}
