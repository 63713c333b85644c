package io.vitrine.insights;

import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the insights rollups in step with the events. They record the time zone they were cut in; when that is
 * not the workspace brand's zone (right after migration V42, after the zone changed, or after a post with events
 * was deleted) they are rebuilt from engagement_event, the source of truth, in one transaction. A post or poll
 * that moved campaign has its segment counts moved (only its events are read). The workspace's brand is its
 * first brand profile: a workspace with several brands reads every day on that brand's clock.
 */
public final class InsightsRollupRepository {
    /** Rollup rows summed in memory before they are written during a rebuild (bounded memory on any workspace). */
    private static final int FLUSH_AT = 200_000;
    private static final String EVENTS = "SELECT event_id, type, occurred_at, post_id, poll_id, option_position, item_id,"
            + " amount_micros, currency, interest, region, age_band, is_returning FROM engagement_event";

    private final Database database;

    public InsightsRollupRepository(Database database) {
        this.database = database;
    }

    /** The clock the rollups are on, after rebuilding or moving whatever changed (with progress). */
    public BrandClock ensureCurrent(Progress progress) {
        State state = database.read(InsightsRollupRepository::state);
        if (state.upToDate()) {
            return BrandClock.of(state.brandZone());
        }
        return database.write(sql -> current(sql, progress));
    }

    /** Inside a write: the clock to cut new events on, once the rollups are current. */
    static BrandClock current(Sql sql, Progress progress) throws SQLException {
        State state = state(sql);
        BrandClock clock = BrandClock.of(state.brandZone());
        if (!state.zoneRecorded()) {
            rebuild(sql, clock, progress);
            sql.update("INSERT INTO insights_zone(id, time_zone) VALUES (1, ?)"
                    + " ON CONFLICT DO UPDATE SET time_zone = excluded.time_zone", state.brandZone());
        } else if (state.moves() > 0) {
            moveCampaigns(sql, clock);
        }
        return clock;
    }

    /** Which campaign each post and poll is in now. */
    static RollupDeltaRepository.CampaignOf campaigns(Sql sql) throws SQLException {
        Map<Long, Long> posts = new HashMap<>();
        Map<Long, Long> polls = new HashMap<>();
        sql.forEach("SELECT id, campaign_id FROM post WHERE campaign_id IS NOT NULL", r -> posts.put(r.getLong(1), r.getLong(2)));
        sql.forEach("SELECT id, campaign_id FROM poll WHERE campaign_id IS NOT NULL", r -> polls.put(r.getLong(1), r.getLong(2)));
        return (post, id) -> (post ? posts : polls).get(id);
    }

    private record State(Optional<String> recordedZone, String brandZone, long moves) {
        boolean zoneRecorded() {
            return recordedZone.isPresent() && recordedZone.get().equals(brandZone);
        }

        boolean upToDate() {
            return zoneRecorded() && moves == 0;
        }
    }

    /** One round trip: every view checks this first. */
    private static State state(Sql sql) throws SQLException {
        return sql.one("SELECT (SELECT time_zone FROM insights_zone WHERE id = 1),"
                + " coalesce((SELECT time_zone FROM brand_profile ORDER BY id LIMIT 1), 'UTC'),"
                + " (SELECT count(*) FROM insights_campaign_move)",
                row -> new State(Optional.ofNullable(row.getString(1)), row.getString(2), row.getLong(3))).orElseThrow();
    }

    /** Every rollup again from the events, on the given clock. */
    private static void rebuild(Sql sql, BrandClock clock, Progress progress) throws SQLException {
        for (String table : List.of("insights_daily", "insights_hourly", "insights_segment_daily", "insights_item_daily",
                "engagement_rollup", "insights_campaign_move")) {
            sql.update("DELETE FROM " + table); // fixed names, no input
        }
        RollupDeltaRepository deltas = new RollupDeltaRepository(clock, campaigns(sql));
        long[] read = {0};
        sql.forEach(EVENTS, row -> {
            deltas.add(event(row));
            if (++read[0] % 100_000 == 0) {
                progress.checkCancelled();
                progress.update(read[0], -1, "Rebuilding insights: " + Formats.count(read[0]) + " events");
            }
            if (deltas.size() >= FLUSH_AT) {
                deltas.write(sql);
            }
        });
        deltas.write(sql);
    }

    /** Moves each moved publication's segment counts from its old campaign to its new one (a deleted campaign has none). */
    private static void moveCampaigns(Sql sql, BrandClock clock) throws SQLException {
        RollupDeltaRepository deltas = new RollupDeltaRepository(clock, (post, id) -> null);
        List<long[]> moves = sql.list("SELECT m.id, CASE m.subject_kind WHEN 'post' THEN 1 ELSE 0 END, m.subject_id,"
                + " coalesce((SELECT c.id FROM campaign c WHERE c.id = m.from_campaign), -1),"
                + " coalesce((SELECT c.id FROM campaign c WHERE c.id = m.to_campaign), -1)"
                + " FROM insights_campaign_move m ORDER BY m.id", r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5)});
        for (long[] move : moves) {
            Long from = move[3] < 0 ? null : move[3];
            Long to = move[4] < 0 ? null : move[4];
            sql.forEach(EVENTS + (move[1] == 1 ? " WHERE post_id = ?" : " WHERE poll_id = ?"),
                    row -> deltas.move(event(row), from, to), move[2]);
        }
        deltas.write(sql);
        sql.update("DELETE FROM insights_campaign_move");
    }

    private static EngagementEvent event(ResultSet row) throws SQLException {
        Long option = nullable(row, 6);
        Long returning = nullable(row, 13);
        return new EngagementEvent(row.getString(1), EventType.fromCode(row.getString(2)), Instant.parse(row.getString(3)),
                nullable(row, 4), nullable(row, 5), option == null ? null : option.intValue(), row.getString(7),
                nullable(row, 8), row.getString(9), null, new Segment(row.getString(10), row.getString(11),
                row.getString(12), returning == null ? null : returning == 1));
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
