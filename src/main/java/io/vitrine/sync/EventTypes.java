package io.vitrine.sync;

import io.vitrine.insights.EventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The event types this studio stores; a newer platform may send others. */
final class EventTypes {
    private static final Set<String> CODES = Arrays.stream(EventType.values()).map(EventType::code)
            .collect(Collectors.toUnmodifiableSet());

    private EventTypes() {
    }

    static boolean known(String code) {
        return code != null && CODES.contains(code);
    }
}
