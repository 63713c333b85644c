package io.vitrine.insights;

/** Published on the event bus when new engagement events were stored (a sync pulled them), so charts refresh. */
public record EngagementChanged(int newEvents) {
}
