package io.vitrine.platform.api;

import java.time.Instant;

/**
 * One engagement event of the feed. {@code id} is unique for ever (a repeated delivery repeats it);
 * {@code type} is one of impression, smile, comment, vote, product_click, add_to_cart, purchase.
 * Exactly one of {@code postId}/{@code pollId} is set. Votes and poll impressions carry {@code option};
 * clicks, carts and purchases carry {@code itemId}; purchases carry {@code amountMicros} and
 * {@code currency}; comments carry {@code text}. A cart or purchase that followed from a comment (an
 * add_to_cart automation, or someone who asked a question and then bought) names it in {@code commentId}.
 */
public record PlatformEvent(String id, String type, Instant occurredAt, String postId, String pollId, Integer option,
                            String itemId, Long amountMicros, String currency, String text, EventSegment segment,
                            String commentId) {
}
