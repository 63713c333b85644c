package io.vitrine.platform.api;

import java.util.Map;

/**
 * Simulator only, {@code GET /_sim/truth}: per brand id, the number of distinct events of each type
 * the feed has delivered so far ({@code brands}), and what happened in its conversations
 * ({@code conversations}: questions asked, questions answered in time, replies and private replies sent
 * through the API, comments hidden, and what automations did — see {@code platform-api.yaml}).
 */
public record SimTruth(Map<String, Map<String, Long>> brands, Map<String, Map<String, Long>> conversations) {
}
