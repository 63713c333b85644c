package io.vitrine.insights;

/** One step of the funnel; {@code rate} is the share of the step before that got here (null for the first). */
public record FunnelStep(String name, String label, long count, Double rate) {
}
