package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /v1/posts} and {@code PUT /v1/posts/{id}}: a shoppable post. {@code scheduledAt} null
 * means publish now. {@code automations} (keyword rules) is left out of the JSON when empty, so a post
 * without rules reads exactly as it did before rules existed.
 */
public record PostPayload(String caption, List<String> interests, String callToAction, List<PostImageRef> images,
                          List<TagPayload> tags, Instant scheduledAt,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AutomationRule> automations) {
    public PostPayload {
        interests = interests == null ? List.of() : List.copyOf(interests);
        images = images == null ? List.of() : List.copyOf(images);
        tags = tags == null ? List.of() : List.copyOf(tags);
        automations = automations == null ? List.of() : List.copyOf(automations);
    }
}
