package io.vitrine.insights;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A count for every event type (zero included), so callers never meet a missing key. */
public record EventCounts(Map<EventType, Long> byType) {
    public static final EventCounts ZERO = of(new long[EventType.values().length]);

    public EventCounts {
        Map<EventType, Long> all = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            all.put(type, byType.getOrDefault(type, 0L));
        }
        byType = Collections.unmodifiableMap(all);
    }

    /** From counts indexed by {@link EventType#ordinal()}. */
    static EventCounts of(long[] counts) {
        Map<EventType, Long> map = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            map.put(type, counts[type.ordinal()]);
        }
        return new EventCounts(map);
    }

    public long get(EventType type) {
        return byType.get(type);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {"impression": N, …} in funnel order, as the CLI prints it. */
    public Map<String, Long> byCode() {
        Map<String, Long> codes = new LinkedHashMap<>();
        byType.forEach((type, count) -> codes.put(type.code(), count));
        return codes;
    }
}
