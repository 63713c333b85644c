package io.vitrine.poll;

import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.workspace.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Votes, impressions and comments of one poll. Counts come from the hourly rollups, never from the raw
 * events, so results stay instant with millions of votes; comments come from the events (text lives there).
 */
public final class PollEngagementRepository {
    private static final String FROM_ROLLUP = " FROM engagement_rollup WHERE subject_kind = 'poll' AND subject_id = ?"
            + " AND type = ? AND option_position BETWEEN 0 AND ?";

    private final Database database;

    public PollEngagementRepository(Database database) {
        this.database = database;
    }

    /** Events of a type per option, within a part of the audience (empty list = everyone). */
    public long[] perOption(long pollId, EventType type, int options, List<AudienceSegment> scope) {
        List<Object> params = params(pollId, type, options, scope);
        return database.read(sql -> {
            long[] counts = new long[options];
            sql.forEach("SELECT option_position, sum(events)" + FROM_ROLLUP + where(scope) + " GROUP BY option_position",
                    row -> counts[row.getInt(1)] += row.getLong(2), params.toArray());
            return counts;
        });
    }

    /** Events per option for each value of a dimension (unknown values left out), most events first. */
    public Map<String, long[]> perOptionBy(SegmentDimension dimension, long pollId, EventType type, int options,
                                           List<AudienceSegment> scope) {
        List<Object> params = params(pollId, type, options, scope);
        String column = dimension.column();
        return database.read(sql -> {
            Map<String, long[]> byValue = new LinkedHashMap<>();
            sql.forEach("SELECT " + column + ", option_position, sum(events)" + FROM_ROLLUP + where(scope)
                    + " GROUP BY " + column + ", option_position ORDER BY " + column, row -> {
                        String value = dimension.spokenValue(row.getString(1));
                        if (value != null) {
                            byValue.computeIfAbsent(value, v -> new long[options])[row.getInt(2)] += row.getLong(3);
                        }
                    }, params.toArray());
            return byValue;
        });
    }

    /** Votes per option in each hour that had any. */
    public SortedMap<Instant, long[]> hourlyVotes(long pollId, int options, List<AudienceSegment> scope) {
        List<Object> params = params(pollId, EventType.VOTE, options, scope);
        return database.read(sql -> {
            SortedMap<Instant, long[]> hours = new TreeMap<>();
            sql.forEach("SELECT hour, option_position, sum(events)" + FROM_ROLLUP + where(scope)
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

    private static List<Object> params(long pollId, EventType type, int options, List<AudienceSegment> scope) {
        List<Object> params = new ArrayList<>(List.of(pollId, type.code(), options - 1));
        for (AudienceSegment segment : scope) {
            params.add(segment.dimension().storedValue(segment.value()));
        }
        return params;
    }

    private static String where(List<AudienceSegment> scope) {
        StringBuilder where = new StringBuilder();
        for (AudienceSegment segment : scope) {
            where.append(" AND ").append(segment.dimension().column()).append(" = ?");
        }
        return where.toString();
    }
}
