package io.vitrine.platform.api;

import java.time.Instant;

/**
 * A comment under a post or poll (exactly one of {@code postId}/{@code pollId}). An audience comment's id is
 * the id of its {@code comment} event. A reply names the comment it answers in {@code parentId}; the brand's
 * replies are public, or private (a message only the commenter sees; at most one per comment).
 * {@code automationRule} is the index of the publication's rule that wrote it, absent for replies sent by hand.
 * {@code hidden} and {@code privateReplied} say how the comment stands now.
 */
public record Comment(String id, String postId, String pollId, String parentId, CommentAuthor author, String authorName,
                      String text, Instant occurredAt, String language, CommentVisibility visibility,
                      Integer automationRule, Boolean hidden, Boolean privateReplied, EventSegment segment) {
}
