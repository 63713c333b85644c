package io.vitrine.conversation;

import io.vitrine.insights.Segment;
import java.time.Instant;

/**
 * One comment as the workspace holds it: the audience's, or the brand's reply (by hand or by automation rule
 * {@code automationRule}, public or private). {@code parentId} is the comment it answers, {@code threadId} the
 * thread's first comment. Exactly one of {@code postId}/{@code pollId} is set once the publication is known here.
 */
public record Comment(String id, long brandId, Long postId, Long pollId, String parentId, String threadId,
                      boolean byBrand, String authorName, String text, String language, boolean isPrivate,
                      Integer automationRule, Instant occurredAt, Segment segment, boolean hidden) {

    public boolean isThreadStart() {
        return parentId == null;
    }
}
