package io.vitrine.brand;

/**
 * How many posts and polls a campaign groups. Campaigns sit below posts and polls, so the count comes
 * from above (the calendar, which reads both) and is handed to whoever shows campaigns.
 */
@FunctionalInterface
public interface CampaignUsage {
    long count(long campaignId);
}
