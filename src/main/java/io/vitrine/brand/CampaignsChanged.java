package io.vitrine.brand;

/** Published on the event bus when a campaign was added, edited or deleted, so pickers and lists that show campaigns refresh. */
public record CampaignsChanged() {
}
