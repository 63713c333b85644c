package io.vitrine.insights;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of new events adds to each rollup: hourly totals, per-dimension and per-item daily counts,
 * and (poll events only) the per-option, per-segment-combination hours poll results read. Summed in memory,
 * then written as upserts in each table's key order, so consecutive writes touch neighbouring pages.
 * The sync write path and the rebuild from the events both go through here: one definition of a bucket.
 */
final class RollupDeltas {
    private static final String ADD = " ON CONFLICT DO UPDATE SET events = events + excluded.events,"
            + " amount_micros = amount_micros + excluded.amount_micros";
    private static final String HOURLY = "INSERT INTO insights_hourly(hour, subject_kind, subject_id, type, currency,"
            + " events, amount_micros) VALUES (?,?,?,?,?,?,?)" + ADD;
    private static final String SEGMENT = "INSERT INTO insights_segment_daily(day, subject_kind, subject_id, dimension,"
            + " value, type, currency, events, amount_micros) VALUES (?,?,?,?,?,?,?,?,?)" + ADD;
    private static final String ITEM = "INSERT INTO insights_item_daily(day, subject_kind, subject_id, item_id, type,"
            + " currency, events, amount_micros) VALUES (?,?,?,?,?,?,?,?)" + ADD;
    private static final String POLL = "INSERT INTO engagement_rollup(subject_kind, subject_id, hour, type,"
            + " option_position, interest, region, age_band, is_returning, events, amount_micros)"
            + " VALUES ('poll',?,?,?,?,?,?,?,?,?,?)" + ADD;
    private static final SegmentDimension[] DIMENSIONS = SegmentDimension.values();

    private final BrandClock clock;
    private final Map<HourKey, long[]> hourly = new HashMap<>();
    private final Map<SegmentKey, long[]> segments = new HashMap<>();
    private final Map<ItemKey, long[]> items = new HashMap<>();
    private final Map<PollKey, long[]> polls = new HashMap<>();
    private final Map<Long, String> hourText = new HashMap<>();
    private final Map<Long, String> dayText = new HashMap<>();

    RollupDeltas(BrandClock clock) {
        this.clock = clock;
    }

    void add(EngagementEvent e) {
        boolean post = e.postId() != null;
        String kind = post ? "post" : "poll";
        long subject = post ? e.postId() : e.pollId();
        String type = e.type().code();
        String currency = e.type() == EventType.PURCHASE && e.currency() != null ? e.currency() : "";
        long amount = e.amountMicros() == null ? 0 : e.amountMicros();
        String hour = hour(e.occurredAt());
        String day = day(e.occurredAt());
        bump(hourly, new HourKey(hour, kind, subject, type, currency), amount);
        Segment s = e.segment();
        for (SegmentDimension dimension : DIMENSIONS) {
            bump(segments, new SegmentKey(day, kind, subject, dimension.code(), value(dimension, s), type, currency), amount);
        }
        if (e.type().isShopping() && e.itemId() != null) {
            bump(items, new ItemKey(day, kind, subject, e.itemId(), type, currency), amount);
        }
        if (!post) {
            // poll results stay on UTC hours (decision 0007): they are not cut into the brand's days
            String utcHour = Instant.ofEpochSecond(Math.floorDiv(e.occurredAt().getEpochSecond(), 3600) * 3600).toString();
            bump(polls, new PollKey(subject, utcHour, type, e.optionPosition() == null ? -1 : e.optionPosition(),
                    orEmpty(s.interest()), orEmpty(s.region()), orEmpty(s.ageBand()),
                    s.returning() == null ? -1 : (s.returning() ? 1 : 0)), amount);
        }
    }

    /** Distinct rollup rows waiting to be written (the rebuild writes when this grows large). */
    int size() {
        return hourly.size() + segments.size() + items.size() + polls.size();
    }

    /** Upserts everything summed so far and starts empty again. */
    void write(Sql sql) throws SQLException {
        try (Sql.Batch batch = sql.batch(HOURLY)) {
            for (Map.Entry<HourKey, long[]> d : sorted(hourly, HourKey.ORDER)) {
                HourKey k = d.getKey();
                batch.add(k.hour, k.kind, k.subject, k.type, k.currency, d.getValue()[0], d.getValue()[1]);
            }
        }
        try (Sql.Batch batch = sql.batch(SEGMENT)) {
            for (Map.Entry<SegmentKey, long[]> d : sorted(segments, SegmentKey.ORDER)) {
                SegmentKey k = d.getKey();
                batch.add(k.day, k.kind, k.subject, k.dimension, k.value, k.type, k.currency, d.getValue()[0], d.getValue()[1]);
            }
        }
        try (Sql.Batch batch = sql.batch(ITEM)) {
            for (Map.Entry<ItemKey, long[]> d : sorted(items, ItemKey.ORDER)) {
                ItemKey k = d.getKey();
                batch.add(k.day, k.kind, k.subject, k.item, k.type, k.currency, d.getValue()[0], d.getValue()[1]);
            }
        }
        try (Sql.Batch batch = sql.batch(POLL)) {
            for (Map.Entry<PollKey, long[]> d : sorted(polls, PollKey.ORDER)) {
                PollKey k = d.getKey();
                batch.add(k.subject, k.hour, k.type, k.option, k.interest, k.region, k.ageBand, k.returning,
                        d.getValue()[0], d.getValue()[1]);
            }
        }
        hourly.clear();
        segments.clear();
        items.clear();
        polls.clear();
    }

    /** The stored value of one dimension of a segment: '' when unknown, '1'/'0' for returning/new. */
    static String value(SegmentDimension dimension, Segment s) {
        return switch (dimension) {
            case INTEREST -> orEmpty(s.interest());
            case REGION -> orEmpty(s.region());
            case AGE_BAND -> orEmpty(s.ageBand());
            case RETURNING -> s.returning() == null ? "" : s.returning() ? "1" : "0";
        };
    }

    private String hour(Instant at) {
        Instant start = clock.hourStart(at);
        return hourText.computeIfAbsent(start.getEpochSecond(), s -> start.toString());
    }

    private String day(Instant at) {
        long day = clock.day(at).toEpochDay();
        return dayText.computeIfAbsent(day, d -> java.time.LocalDate.ofEpochDay(d).toString());
    }

    private static <K> void bump(Map<K, long[]> map, K key, long amount) {
        long[] delta = map.computeIfAbsent(key, k -> new long[2]);
        delta[0]++;
        delta[1] += amount;
    }

    private static <K> List<Map.Entry<K, long[]>> sorted(Map<K, long[]> map, Comparator<K> order) {
        List<Map.Entry<K, long[]>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Map.Entry.comparingByKey(order));
        return entries;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private record HourKey(String hour, String kind, long subject, String type, String currency) {
        static final Comparator<HourKey> ORDER = Comparator.comparing(HourKey::hour).thenComparing(HourKey::kind)
                .thenComparingLong(HourKey::subject).thenComparing(HourKey::type).thenComparing(HourKey::currency);
    }

    private record SegmentKey(String day, String kind, long subject, String dimension, String value, String type,
                              String currency) {
        static final Comparator<SegmentKey> ORDER = Comparator.comparing(SegmentKey::day).thenComparing(SegmentKey::kind)
                .thenComparingLong(SegmentKey::subject).thenComparing(SegmentKey::dimension)
                .thenComparing(SegmentKey::value).thenComparing(SegmentKey::type).thenComparing(SegmentKey::currency);
    }

    private record ItemKey(String day, String kind, long subject, String item, String type, String currency) {
        static final Comparator<ItemKey> ORDER = Comparator.comparing(ItemKey::day).thenComparing(ItemKey::kind)
                .thenComparingLong(ItemKey::subject).thenComparing(ItemKey::item).thenComparing(ItemKey::type)
                .thenComparing(ItemKey::currency);
    }

    private record PollKey(long subject, String hour, String type, int option, String interest, String region,
                           String ageBand, int returning) {
        static final Comparator<PollKey> ORDER = Comparator.comparingLong(PollKey::subject).thenComparing(PollKey::hour)
                .thenComparing(PollKey::type).thenComparingInt(PollKey::option).thenComparing(PollKey::interest)
                .thenComparing(PollKey::region).thenComparing(PollKey::ageBand).thenComparingInt(PollKey::returning);
    }
}
