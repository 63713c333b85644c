package io.vitrine.insights;

import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes engagement events and keeps the rollups in step, in the caller's transaction (or one of its
 * own). An event id seen before is ignored, so a re-sent or duplicated event never counts twice.
 */
public final class EngagementRepository {
    private static final String INSERT_EVENT = "INSERT OR IGNORE INTO engagement_event(event_id, type, occurred_at,"
            + " post_id, poll_id, option_position, item_id, amount_micros, currency, comment_text,"
            + " interest, region, age_band, is_returning) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Database database;

    public EngagementRepository(Database database) {
        this.database = database;
    }

    /** How many of a batch were new and how many had been stored before. */
    public record StoreResult(int inserted, int duplicates) {
    }

    /** Stores a batch in one transaction (joining the caller's if there is one). */
    public StoreResult store(Collection<EngagementEvent> events) {
        return database.write(sql -> store(sql, events));
    }

    private static StoreResult store(Sql sql, Collection<EngagementEvent> events) throws SQLException {
        List<EngagementEvent> ordered = List.copyOf(events);
        RollupDeltaRepository deltas = new RollupDeltaRepository(InsightsRollupRepository.current(sql, Progress.NONE), InsightsRollupRepository.campaigns(sql));
        int[] changed;
        try (Sql.Batch insert = sql.batch(INSERT_EVENT)) {
            for (EngagementEvent e : ordered) {
                Segment s = e.segment();
                insert.add(e.eventId(), e.type().code(), e.occurredAt().toString(), e.postId(), e.pollId(),
                        e.optionPosition(), e.itemId(), e.amountMicros(), e.currency(), e.commentText(),
                        s.interest(), s.region(), s.ageBand(), s.returning());
            }
            changed = insert.flush(); // one count per event: 0 = its id was stored before (ignored)
        }
        int inserted = 0;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 1) {
                deltas.add(ordered.get(i));
                inserted++;
            }
        }
        deltas.write(sql);
        return new StoreResult(inserted, events.size() - inserted);
    }
}
