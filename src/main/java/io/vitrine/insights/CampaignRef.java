package io.vitrine.insights;

/** A campaign as a filter choice: its id and name. */
public record CampaignRef(long id, String name) {
}
