package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who sees a comment: everyone, or (a brand's private reply) only the person it answers. */
public enum CommentVisibility {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("private") PRIVATE
}
