package io.vitrine.insights;

import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes engagement events and keeps the hourly rollups in step, in the caller's transaction (or one
 * of its own). An event id seen before is ignored, so a re-sent or duplicated event never counts twice.
 */
public final class EngagementStore {
    private static final String INSERT_EVENT = "INSERT OR IGNORE INTO engagement_event(event_id, type, occurred_at,"
            + " post_id, poll_id, option_position, item_id, amount_micros, currency, comment_text,"
            + " interest, region, age_band, is_returning) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPSERT_ROLLUP = "INSERT INTO engagement_rollup(subject_kind, subject_id, hour, type,"
            + " option_position, interest, region, age_band, is_returning, events, amount_micros)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET events = events + excluded.events,"
            + " amount_micros = amount_micros + excluded.amount_micros";

    private final Database database;

    public EngagementStore(Database database) {
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
        // Sorted in the rollup table's key order, so consecutive upserts touch neighbouring pages.
        Map<RollupKey, long[]> deltas = new TreeMap<>(RollupKey.ORDER);
        int inserted = 0;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 1) {
                EngagementEvent e = ordered.get(i);
                inserted++;
                long[] delta = deltas.computeIfAbsent(RollupKey.of(e), k -> new long[2]);
                delta[0]++;
                delta[1] += e.amountMicros() == null ? 0 : e.amountMicros();
            }
        }
        try (Sql.Batch rollup = sql.batch(UPSERT_ROLLUP)) {
            for (Map.Entry<RollupKey, long[]> entry : deltas.entrySet()) {
                RollupKey k = entry.getKey();
                rollup.add(k.kind, k.subjectId, k.hour, k.type, k.option, k.interest, k.region, k.ageBand, k.returning,
                        entry.getValue()[0], entry.getValue()[1]);
            }
        }
        return new StoreResult(inserted, events.size() - inserted);
    }

    /** The rollup row an event counts in: subject, hour, type, option and segment ('' / -1 when unknown). */
    private record RollupKey(String kind, long subjectId, String hour, String type, int option, String interest,
                             String region, String ageBand, int returning) {
        static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::kind)
                .thenComparingLong(RollupKey::subjectId).thenComparing(RollupKey::hour).thenComparing(RollupKey::type)
                .thenComparingInt(RollupKey::option).thenComparing(RollupKey::interest).thenComparing(RollupKey::region)
                .thenComparing(RollupKey::ageBand).thenComparingInt(RollupKey::returning);

        static RollupKey of(EngagementEvent e) {
            Segment s = e.segment();
            boolean post = e.postId() != null;
            return new RollupKey(post ? "post" : "poll", post ? e.postId() : e.pollId(),
                    e.occurredAt().truncatedTo(ChronoUnit.HOURS).toString(), e.type().code(),
                    e.optionPosition() == null ? -1 : e.optionPosition(),
                    orEmpty(s.interest()), orEmpty(s.region()), orEmpty(s.ageBand()),
                    s.returning() == null ? -1 : (s.returning() ? 1 : 0));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
