package io.vitrine.insights;

import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the insights rollups cut on the brand's clock. They record the time zone they were built in; when
 * that is not the workspace brand's zone (right after migration V42, or after the zone was changed) they
 * are rebuilt from engagement_event, the source of truth, in one transaction. The workspace's brand is its
 * first brand profile: a workspace with several brands reads every day on that brand's clock.
 */
public final class InsightsRollups {
    /** Rollup rows summed in memory before they are written during a rebuild (bounded memory on any workspace). */
    private static final int FLUSH_AT = 200_000;
    private static final String EVENTS = "SELECT event_id, type, occurred_at, post_id, poll_id, option_position, item_id,"
            + " amount_micros, currency, interest, region, age_band, is_returning FROM engagement_event";

    private final Database database;

    public InsightsRollups(Database database) {
        this.database = database;
    }

    /** The clock the rollups are on; rebuilds them first (with progress) if the brand's zone changed. */
    public BrandClock ensureCurrent(Progress progress) {
        Zones zones = database.read(InsightsRollups::zones);
        if (zones.upToDate()) {
            return BrandClock.of(zones.brand());
        }
        return database.write(sql -> current(sql, progress));
    }

    /** Inside a write: the clock to cut new events on, after rebuilding the rollups if they are on another one. */
    static BrandClock current(Sql sql, Progress progress) throws SQLException {
        Zones zones = zones(sql);
        BrandClock clock = BrandClock.of(zones.brand());
        if (!zones.upToDate()) {
            rebuild(sql, clock, progress);
            sql.update("INSERT INTO insights_zone(id, time_zone) VALUES (1, ?)"
                    + " ON CONFLICT DO UPDATE SET time_zone = excluded.time_zone", zones.brand());
        }
        return clock;
    }

    private record Zones(Optional<String> recorded, String brand) {
        boolean upToDate() {
            return recorded.isPresent() && recorded.get().equals(brand);
        }
    }

    private static Zones zones(Sql sql) throws SQLException {
        return new Zones(sql.text("SELECT time_zone FROM insights_zone WHERE id = 1"),
                sql.text("SELECT time_zone FROM brand_profile ORDER BY id LIMIT 1").orElse("UTC"));
    }

    /** Every rollup again from the events, on the given clock (poll results' UTC hours do not depend on it). */
    private static void rebuild(Sql sql, BrandClock clock, Progress progress) throws SQLException {
        for (String table : List.of("insights_daily", "insights_hourly", "insights_segment_daily",
                "insights_segment_subject_daily", "insights_item_daily", "engagement_rollup")) {
            sql.update("DELETE FROM " + table); // fixed names, no input
        }
        RollupDeltas deltas = new RollupDeltas(clock);
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
