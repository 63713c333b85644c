package io.vitrine.conversation;

import io.vitrine.poll.AudienceSegment;
import java.util.List;

/**
 * What the inbox's filters offer: the posts and polls that have comments, the products asked about, the audience
 * segments the comments came from, the people threads were assigned to.
 */
public record InboxChoices(List<Publication> publications, List<Product> products, List<AudienceSegment> segments,
                           List<String> assignees) {

    /** A post or poll with comments: {@code label} is its caption or question. */
    public record Publication(Long postId, Long pollId, String label) {
    }

    /** An item questions were about, with its title. */
    public record Product(String itemId, String title) {
    }

    public InboxChoices {
        publications = List.copyOf(publications);
        products = List.copyOf(products);
        segments = List.copyOf(segments);
        assignees = List.copyOf(assignees);
    }
}
