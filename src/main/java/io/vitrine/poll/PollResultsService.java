package io.vitrine.poll;

import io.vitrine.common.VitrineException;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.poll.stats.PollStatisticsEngine;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.ShareTimeline;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.poll.stats.VoteStatistics;
import io.vitrine.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a poll's votes from the rollups and runs the statistics engine over them: overall (or within a
 * segment), for every segment, and over time. The minimum number of votes for a call is a workspace
 * setting, so the app and the CLI agree.
 */
public final class PollResultsService {
    static final String MIN_VOTES_KEY = "poll_min_votes";

    private final Workspace workspace;
    private final PollRepository polls;
    private final PollEngagementRepository engagement;

    public PollResultsService(Workspace workspace, PollRepository polls) {
        this.workspace = workspace;
        this.polls = polls;
        this.engagement = new PollEngagementRepository(workspace.database());
    }

    /** The workspace's minimum number of votes before any call (default 100). */
    public int minVotes() {
        return workspace.metaValue(MIN_VOTES_KEY).map(Integer::parseInt).orElse(StatisticsSettings.DEFAULT_MIN_VOTES);
    }

    public void setMinVotes(int votes) {
        if (votes < 1 || votes > 1_000_000) {
            throw new VitrineException("The minimum number of votes must be between 1 and 1,000,000, not " + votes + ".",
                    "Choose a number in that range; 100 is the default.");
        }
        workspace.meta().put(MIN_VOTES_KEY, Integer.toString(votes));
    }

    public PollResults results(long pollId) {
        return results(pollId, List.of(), StatisticsSettings.defaults().withMinVotes(minVotes()));
    }

    /** Results within {@code scope} (empty = everyone); segments break the scope down further. */
    public PollResults results(long pollId, List<AudienceSegment> scope, StatisticsSettings settings) {
        Poll poll = polls.find(pollId).orElseThrow(() -> new VitrineException("There is no poll " + pollId + " in this workspace.",
                "List the polls with: studio poll list -w WORKSPACE"));
        int k = poll.options().size();
        if (k < 2) {
            throw new VitrineException("Poll " + pollId + " has " + k + " option(s); results need at least two.",
                    "Add options in the poll builder.");
        }
        PollStatisticsEngine engine = new PollStatisticsEngine(settings);
        VoteTally tally = engagement.tally(pollId, k, scope);
        VoteStatistics overall = engine.analyse(tally.perOption());
        int judgedAmong = 1;
        if (!scope.isEmpty()) {
            List<SegmentResult> table = tableItWasPickedFrom(engine, pollId, k, scope);
            AudienceSegment picked = scope.get(scope.size() - 1);
            for (SegmentResult row : table) {
                if (row.segment().equals(picked)) {
                    overall = row.statistics();
                    judgedAmong = table.size();
                }
            }
        }
        SampleRatio ratio = engine.checkSampleRatio(tally.impressions());
        List<SegmentResult> segments = segments(engine, tally, scope, overall);
        List<ShareTimeline.Point> timeline = ShareTimeline.cumulative(tally.perHour(), k);
        return new PollResults(poll, scope, settings, overall, judgedAmong, ratio, segments, timeline,
                engagement.commentCount(pollId));
    }

    /**
     * The segment table a scoped view is opened from (the scope without its last segment). A segment picked
     * from a table because it stood out must be judged as the table judged it, with the correction over all its
     * rows; judged alone it could read "leads" where the table says "too early to call".
     */
    private List<SegmentResult> tableItWasPickedFrom(PollStatisticsEngine engine, long pollId, int k, List<AudienceSegment> scope) {
        List<AudienceSegment> parent = scope.subList(0, scope.size() - 1);
        VoteTally parentTally = engagement.tally(pollId, k, parent);
        return segments(engine, parentTally, parent, engine.analyse(parentTally.perOption()));
    }

    public List<PollComment> comments(long pollId, String search, int limit) {
        return engagement.comments(pollId, search, limit);
    }

    /**
     * Every segment the table shows, judged together: the family for Holm's correction is every row (all dimensions,
     * below the minimum votes too). A marketer reads one table, so one false reversal anywhere in it is the error to
     * bound; per dimension would allow up to one alpha per dimension. Rows that cannot be called yet still count, so
     * the family does not grow as segments cross the minimum and the bound holds however often results are looked at.
     */
    private static List<SegmentResult> segments(PollStatisticsEngine engine, VoteTally tally, List<AudienceSegment> scope,
                                                VoteStatistics overall) {
        List<AudienceSegment> shown = new ArrayList<>();
        List<long[]> votes = new ArrayList<>();
        for (SegmentDimension dimension : SegmentDimension.values()) {
            if (scope.stream().anyMatch(s -> s.dimension() == dimension)) {
                continue;
            }
            for (Map.Entry<String, long[]> entry : tally.perValueOf(dimension).entrySet()) {
                shown.add(new AudienceSegment(dimension, entry.getKey()));
                votes.add(entry.getValue());
            }
        }
        List<VoteStatistics> judged = engine.analyseSegments(votes);
        List<SegmentResult> results = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            results.add(new SegmentResult(shown.get(i), judged.get(i), disagreement(overall, judged.get(i), engine.settings())));
        }
        return results;
    }

    /**
     * A segment disagrees when another option is ahead in it; it is reversed when that option clearly leads there
     * (a lead call that survived the correction over all segments shown).
     * Segments below the minimum votes, and polls without an overall favourite (level, or no meaningful difference), never disagree.
     */
    static SegmentResult.Disagreement disagreement(VoteStatistics overall, VoteStatistics segment, StatisticsSettings settings) {
        int winner = overall.leader();
        boolean noFavourite = winner < 0 || overall.verdict().kind() == PollVerdict.Kind.NO_MEANINGFUL_DIFFERENCE
                || overall.option(winner).votes() == overall.option(overall.verdict().runnerUp()).votes();
        if (noFavourite || segment.totalVotes() < settings.minVotes()) {
            return SegmentResult.Disagreement.NONE;
        }
        PollVerdict verdict = segment.verdict();
        int favourite = verdict.leader();
        if (favourite == winner || segment.option(favourite).votes() == segment.option(winner).votes()) {
            return SegmentResult.Disagreement.NONE;
        }
        return verdict.kind() == PollVerdict.Kind.LEADS ? SegmentResult.Disagreement.REVERSED
                : SegmentResult.Disagreement.LEANS_OTHER_WAY;
    }
}
