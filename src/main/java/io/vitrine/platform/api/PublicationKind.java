package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a publication is. */
public enum PublicationKind {
    @JsonProperty("post") POST,
    @JsonProperty("poll") POLL
}
