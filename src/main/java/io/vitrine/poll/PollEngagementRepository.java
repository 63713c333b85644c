package io.vitrine.poll;

import io.vitrine.insights.SegmentDimension;
import io.vitrine.insights.Segment;
import io.vitrine.workspace.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Votes, impressions and comments of one poll. Counts come from the hourly rollups, never from the raw
 * events; comments come from the events (the text lives there). See docs/decisions/0007-poll-results-from-rollups.md.
 */
public final class PollEngagementRepository {
    private static final String FROM_ROLLUP = " FROM engagement_rollup WHERE subject_kind = 'poll' AND subject_id = ?"
            + " AND option_position BETWEEN 0 AND ?";

    private final Database database;

    public PollEngagementRepository(Database database) {
        this.database = database;
    }

    /**
     * Everything the results count, within a part of the audience (empty list = everyone), in two aggregate
     * queries over the poll's rollups run side by side on two read connections: votes and impressions per
     * option and segment combination (hours folded away), and votes per option and hour.
     */
    public VoteTally tally(long pollId, int options, List<AudienceSegment> scope) {
        CompletableFuture<SortedMap<Instant, long[]>> hourly =
                CompletableFuture.supplyAsync(() -> hourlyVotes(pollId, options, scope));
        List<Object> params = params(pollId, options, scope);
        VoteTally.Builder tally = new VoteTally.Builder(options);
        database.read(sql -> {
            sql.forEach("SELECT type, option_position, interest, region, age_band, is_returning, sum(events)" + FROM_ROLLUP
                    + " AND type IN ('vote', 'impression')" + where(scope) + " GROUP BY 1, 2, 3, 4, 5, 6", row -> {
                        int option = row.getInt(2);
                        long events = row.getLong(7);
                        if ("impression".equals(row.getString(1))) {
                            tally.impressions(option, events);
                        } else {
                            tally.votes(option, events, row.getString(3), row.getString(4), row.getString(5), row.getString(6));
                        }
                    }, params.toArray());
            return null;
        });
        try {
            return tally.build(hourly.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private SortedMap<Instant, long[]> hourlyVotes(long pollId, int options, List<AudienceSegment> scope) {
        List<Object> params = params(pollId, options, scope);
        return database.read(sql -> {
            SortedMap<Instant, long[]> hours = new TreeMap<>();
            sql.forEach("SELECT hour, option_position, sum(events)" + FROM_ROLLUP + " AND type = 'vote'" + where(scope)
                    + " GROUP BY hour, option_position", row -> hours.computeIfAbsent(Instant.parse(row.getString(1)),
                            h -> new long[options])[row.getInt(2)] += row.getLong(3), params.toArray());
            return hours;
        });
    }

    public long commentCount(long pollId) {
        return database.read(sql -> sql.scalar("SELECT sum(events) FROM engagement_rollup WHERE subject_kind = 'poll'"
                + " AND subject_id = ? AND type = 'comment'", pollId));
    }

    /** Comments containing the words searched for (all of them, any case), newest first. */
    public List<PollComment> comments(long pollId, String search, int limit) {
        List<Object> params = new ArrayList<>(List.of(pollId));
        StringBuilder where = new StringBuilder();
        for (String word : search == null ? new String[0] : search.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                where.append(" AND comment_text LIKE ? ESCAPE '\\'");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        params.add(limit);
        return database.read(sql -> sql.list("SELECT event_id, occurred_at, comment_text, interest, region, age_band, is_returning"
                + " FROM engagement_event WHERE poll_id = ? AND type = 'comment' AND comment_text IS NOT NULL" + where
                + " ORDER BY occurred_at DESC, event_id LIMIT ?", row -> {
                    int returning = row.getInt("is_returning");
                    Boolean isReturning = row.wasNull() ? null : returning == 1;
                    return new PollComment(row.getString("event_id"), Instant.parse(row.getString("occurred_at")),
                            row.getString("comment_text"), new Segment(row.getString("interest"), row.getString("region"),
                            row.getString("age_band"), isReturning));
                }, params.toArray()));
    }

    private static List<Object> params(long pollId, int options, List<AudienceSegment> scope) {
        List<Object> params = new ArrayList<>(List.of(pollId, options - 1));
        for (AudienceSegment segment : scope) {
            params.add(segment.dimension().storedValue(segment.value()));
        }
        return params;
    }

    /** Column names come from {@link SegmentDimension} constants, values are bound: no user text in the SQL. */
    private static String where(List<AudienceSegment> scope) {
        StringBuilder where = new StringBuilder();
        for (AudienceSegment segment : scope) {
            where.append(" AND ").append(segment.dimension().column()).append(" = ?");
        }
        return where.toString();
    }

    static Map<SegmentDimension, Map<String, long[]>> emptySegments() {
        Map<SegmentDimension, Map<String, long[]>> perSegment = new EnumMap<>(SegmentDimension.class);
        for (SegmentDimension d : SegmentDimension.values()) {
            perSegment.put(d, new TreeMap<>());
        }
        return perSegment;
    }
}
