package io.vitrine.platform.api;

import java.util.Map;

/**
 * Simulator only, {@code GET /_sim/truth}: per brand id, the number of distinct events of each type
 * the feed has delivered so far.
 */
public record SimTruth(Map<String, Map<String, Long>> brands) {
}
