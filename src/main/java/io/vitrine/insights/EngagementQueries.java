package io.vitrine.insights;

import io.vitrine.workspace.Database;
import java.util.EnumMap;
import java.util.Map;

/** Read-side questions over the rollups (fast however many events are stored). */
public final class EngagementQueries {
    private final Database database;

    public EngagementQueries(Database database) {
        this.database = database;
    }

    /** Distinct events stored, per type; every type is present (0 when none). */
    public Map<EventType, Long> countsByType() {
        return database.read(sql -> {
            Map<EventType, Long> counts = new EnumMap<>(EventType.class);
            for (EventType type : EventType.values()) {
                counts.put(type, 0L);
            }
            sql.forEach("SELECT type, sum(events) FROM engagement_rollup GROUP BY type",
                    row -> counts.put(EventType.fromCode(row.getString(1)), row.getLong(2)));
            return counts;
        });
    }
}
