package io.vitrine.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /v1/posts} and {@code PUT /v1/posts/{id}}: a shoppable post. {@code scheduledAt} null
 * means publish now.
 */
public record PostPayload(String caption, List<String> interests, String callToAction, List<PostImageRef> images,
                          List<TagPayload> tags, Instant scheduledAt) {
    public PostPayload {
        interests = interests == null ? List.of() : List.copyOf(interests);
        images = images == null ? List.of() : List.copyOf(images);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
