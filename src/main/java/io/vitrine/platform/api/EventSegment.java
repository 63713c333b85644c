package io.vitrine.platform.api;

/** Who did it, as far as the platform tells: interest, region, age band, new or returning. */
public record EventSegment(String interest, String region, String ageBand, Boolean returning) {
}
