package io.vitrine.insights;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of new events adds to each rollup: daily and hourly totals, per-dimension days (workspace-wide and
 * for the publication's campaign), per-item days, and for poll events the per-option, per-segment-combination UTC hours poll
 * results read (decision 0007). Summed in memory, then written as upserts in each table's key order, so
 * consecutive writes touch neighbouring pages. The sync write path and the rebuild from the events both come
 * through here: one definition of every bucket.
 */
final class RollupDeltaRepository {
    private static final SegmentDimension[] DIMENSIONS = SegmentDimension.values();

    private final BrandClock clock;
    private final CampaignOf campaigns;
    private final Table daily = new Table("insights_daily(day, subject_kind, subject_id, type, currency");
    private final Table hourly = new Table("insights_hourly(hour, subject_kind, subject_id, type, currency");
    private final Table segments = new Table("insights_segment_daily(campaign_id, day, dimension, value, type, currency");
    private final Table items = new Table("insights_item_daily(day, subject_kind, subject_id, item_id, type, currency");
    private final Table polls = new Table("engagement_rollup(subject_kind, subject_id, hour, type, option_position,"
            + " interest, region, age_band, is_returning");
    private final List<Table> tables = List.of(daily, hourly, segments, items, polls);
    private final Map<Long, String> hourText = new HashMap<>();
    private final Map<Long, String> dayText = new HashMap<>();

    /** Which campaign a post or poll is in now (null for none). */
    interface CampaignOf {
        Long campaign(boolean post, long id);
    }

    RollupDeltaRepository(BrandClock clock, CampaignOf campaigns) {
        this.clock = clock;
        this.campaigns = campaigns;
    }

    void add(EngagementEvent e) {
        boolean post = e.postId() != null;
        String kind = post ? "post" : "poll";
        long subject = post ? e.postId() : e.pollId();
        String type = e.type().code();
        String currency = e.type() == EventType.PURCHASE && e.currency() != null ? e.currency() : "";
        long amount = e.amountMicros() == null ? 0 : e.amountMicros();
        String day = day(e.occurredAt());
        daily.bump(1, amount, day, kind, subject, type, currency);
        hourly.bump(1, amount, hour(e.occurredAt()), kind, subject, type, currency);
        Long campaign = campaigns.campaign(post, subject);
        addSegments(e, day, type, currency, amount, 0L, 1);
        if (campaign != null) {
            addSegments(e, day, type, currency, amount, campaign, 1);
        }
        if (e.type().isShopping() && e.itemId() != null) {
            items.bump(1, amount, day, kind, subject, e.itemId(), type, currency);
        }
        if (!post) {
            // poll results stay on UTC hours: they are not cut into the brand's days
            String utcHour = Instant.ofEpochSecond(Math.floorDiv(e.occurredAt().getEpochSecond(), 3600) * 3600).toString();
            Segment s = e.segment();
            polls.bump(1, amount, kind, subject, utcHour, type, e.optionPosition() == null ? -1 : e.optionPosition(),
                    orEmpty(s.interest()), orEmpty(s.region()), orEmpty(s.ageBand()),
                    s.returning() == null ? -1 : (s.returning() ? 1 : 0));
        }
    }

    /** A post or poll moved campaign: its event counts leave one campaign's segments and join the other's. */
    void move(EngagementEvent e, Long from, Long to) {
        String type = e.type().code();
        String currency = e.type() == EventType.PURCHASE && e.currency() != null ? e.currency() : "";
        long amount = e.amountMicros() == null ? 0 : e.amountMicros();
        String day = day(e.occurredAt());
        if (from != null) {
            addSegments(e, day, type, currency, amount, from, -1);
        }
        if (to != null) {
            addSegments(e, day, type, currency, amount, to, 1);
        }
    }

    private void addSegments(EngagementEvent e, String day, String type, String currency, long amount, long campaign, int sign) {
        Segment s = e.segment();
        for (SegmentDimension dimension : DIMENSIONS) {
            segments.bump(sign, sign * amount, campaign, day, dimension.code(), value(dimension, s), type, currency);
        }
    }

    /** Distinct rollup rows waiting to be written (the rebuild writes when this grows large). */
    int size() {
        return tables.stream().mapToInt(t -> t.deltas.size()).sum();
    }

    /** Upserts everything summed so far and starts empty again. */
    void write(Sql sql) throws SQLException {
        for (Table table : tables) {
            table.write(sql);
        }
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
        return dayText.computeIfAbsent(clock.day(at).toEpochDay(), d -> LocalDate.ofEpochDay(d).toString());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One rollup table: its key columns (in primary-key order) and the deltas per key. */
    private static final class Table {
        private final String upsert;
        private final Map<List<Object>, long[]> deltas = new HashMap<>();

        Table(String tableAndKeyColumns) {
            int keys = tableAndKeyColumns.split(",").length;
            upsert = "INSERT INTO " + tableAndKeyColumns + ", events, amount_micros) VALUES ("
                    + "?, ".repeat(keys + 1) + "?) ON CONFLICT DO UPDATE SET events = events + excluded.events,"
                    + " amount_micros = amount_micros + excluded.amount_micros";
        }

        void bump(long events, long amount, Object... key) {
            long[] delta = deltas.computeIfAbsent(List.of(key), k -> new long[2]);
            delta[0] += events;
            delta[1] += amount;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void write(Sql sql) throws SQLException {
            List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(deltas.entrySet());
            entries.sort((a, b) -> {
                for (int i = 0; i < a.getKey().size(); i++) {
                    int c = ((Comparable) a.getKey().get(i)).compareTo(b.getKey().get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            try (Sql.Batch batch = sql.batch(upsert)) {
                for (Map.Entry<List<Object>, long[]> entry : entries) {
                    List<Object> row = new ArrayList<>(entry.getKey());
                    row.add(entry.getValue()[0]);
                    row.add(entry.getValue()[1]);
                    batch.add(row.toArray());
                }
            }
            deltas.clear();
        }
    }
}
