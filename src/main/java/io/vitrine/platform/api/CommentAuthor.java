package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a comment: someone in the audience, or the brand (by hand through the API, or by an automation). */
public enum CommentAuthor {
    @JsonProperty("audience") AUDIENCE,
    @JsonProperty("brand") BRAND
}
