package io.vitrine.insights;

import java.time.Instant;

/**
 * Which events a question covers: optionally one campaign's posts and polls, optionally only events
 * since a moment. {@link #ALL} is everything in the workspace.
 */
public record InsightsScope(Long campaignId, Instant since) {
    public static final InsightsScope ALL = new InsightsScope(null, null);

    public static InsightsScope campaign(Long campaignId) {
        return new InsightsScope(campaignId, null);
    }

    public InsightsScope since(Instant from) {
        return new InsightsScope(campaignId, from);
    }

    /** Rollup hours are ISO text, so "since" compares as text on the hour bucket. */
    String sinceHour() {
        return since == null ? null : since.truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString();
    }
}
