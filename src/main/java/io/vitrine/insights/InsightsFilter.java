package io.vitrine.insights;

/**
 * Which events a question covers: a period of local days (null = all time) and optionally one campaign's
 * posts and polls. {@link #ALL} is everything in the workspace.
 */
public record InsightsFilter(InsightsPeriod period, Long campaignId) {
    public static final InsightsFilter ALL = new InsightsFilter(null, null);

    public static InsightsFilter campaign(Long campaignId) {
        return new InsightsFilter(null, campaignId);
    }

    public InsightsFilter during(InsightsPeriod days) {
        return new InsightsFilter(days, campaignId);
    }

    /** The same filter over the previous period of the same length; null for all time (there is none). */
    public InsightsFilter previous() {
        return period == null ? null : new InsightsFilter(period.previous(), campaignId);
    }
}
