package io.vitrine.insights;

import java.time.LocalDate;
import java.util.Map;

/** Events of each type on one day (UTC). */
public record DailyCounts(LocalDate day, Map<EventType, Long> events) {
}
