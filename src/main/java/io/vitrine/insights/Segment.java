package io.vitrine.insights;

/** Who did it, as the platform reports it; any part may be null when unknown. */
public record Segment(String interest, String region, String ageBand, Boolean returning) {
    public static final Segment UNKNOWN = new Segment(null, null, null, null);
}
