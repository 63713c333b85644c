package io.vitrine.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** platform-api.yaml ships with the app and describes every record and route the simulator serves. */
class PlatformApiContractTest {

    @Test
    void describesEveryRecordAndRoute() throws Exception {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/vitrine-resources/platform-api.yaml")) {
            assertThat(in).as("platform-api.yaml on the classpath").isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(yaml).startsWith("openapi: 3.0");
        for (Class<?> record : List.of(BrandInfo.class, Crop.class, EventPage.class, EventSegment.class,
                ItemPayload.class, PlatformEvent.class, PollOptionPayload.class, PollPayload.class, PostImageRef.class,
                PostPayload.class, ProblemDetail.class, Publication.class, PublicationList.class, SimTruth.class,
                TagPayload.class, AutomationRule.class, Comment.class, CommentList.class, CommentPage.class,
                ReplyRequest.class)) {
            assertThat(yaml).as(record.getSimpleName()).contains("\n    " + record.getSimpleName() + ":\n");
        }
        assertThat(yaml).contains("  /v1/brand:", "  /v1/brands/{brand_id}:", "  /v1/items/{item_id}:",
                "  /v1/images/{sha256}:", "  /v1/posts:", "  /v1/posts/{post_id}:", "  /v1/posts/{post_id}/comments:",
                "  /v1/polls:", "  /v1/polls/{poll_id}:", "  /v1/publications:", "  /v1/events:", "  /_sim/truth:",
                "  /_sim/publications/{publication_id}/edit:", "current_etag", "Retry-After", "Idempotency-Key",
                "  /v1/polls/{poll_id}/comments:", "  /v1/comments:", "  /v1/comments/{comment_id}/replies:",
                "  /v1/comments/{comment_id}/private-reply:", "  /v1/comments/{comment_id}/hide:", "automations:",
                "comment_id:", "item_group_id:", "conversations:");
    }
}
