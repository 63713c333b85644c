package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a publication stands on the platform. */
public enum PublicationStatus {
    /** Accepted, waiting for its scheduled time. */
    @JsonProperty("scheduled") SCHEDULED,
    /** Live: the audience sees it. */
    @JsonProperty("published") PUBLISHED,
    /** A poll past its duration: no more votes. */
    @JsonProperty("closed") CLOSED,
    /** Refused by moderation before going live (never seen by the audience); {@code error} says why. */
    @JsonProperty("rejected") REJECTED
}
