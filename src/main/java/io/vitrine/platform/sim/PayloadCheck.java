package io.vitrine.platform.sim;

import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.TagPayload;
import java.util.function.Predicate;

/** What the platform refuses in a post or poll (422), naming the first thing that is wrong. */
final class PayloadCheck {
    static final int MAX_POLL_HOURS = 24 * 30;

    private PayloadCheck() {
    }

    static void post(PostPayload post, Predicate<String> itemExists, Predicate<String> imageExists) {
        for (PostImageRef image : post.images()) {
            requireImage(image.imageId(), imageExists);
        }
        for (TagPayload tag : post.tags()) {
            requireItem(tag.itemId(), itemExists);
            if (tag.imageIndex() < 0 || tag.imageIndex() >= post.images().size()) {
                throw SimProblem.unprocessable("Tag of item " + tag.itemId() + " points at image " + tag.imageIndex()
                        + " but the post has " + post.images().size());
            }
        }
    }

    static void poll(PollPayload poll, Predicate<String> itemExists, Predicate<String> imageExists) {
        if (poll.question() == null || poll.question().isBlank()) {
            throw SimProblem.unprocessable("A poll needs a question");
        }
        if (poll.options().size() < 2 || poll.options().size() > 4) {
            throw SimProblem.unprocessable("A poll has 2 to 4 options, not " + poll.options().size());
        }
        if (poll.durationHours() < 1 || poll.durationHours() > MAX_POLL_HOURS) {
            throw SimProblem.unprocessable("duration_hours must be 1.." + MAX_POLL_HOURS);
        }
        if (poll.imageId() != null) {
            requireImage(poll.imageId(), imageExists);
        }
        for (PollOptionPayload option : poll.options()) {
            if (option.itemId() == null && option.imageId() == null) {
                throw SimProblem.unprocessable("Option " + option.position() + " needs an item_id or an image_id");
            }
            if (option.itemId() != null) {
                requireItem(option.itemId(), itemExists);
            }
            if (option.imageId() != null) {
                requireImage(option.imageId(), imageExists);
            }
        }
    }

    private static void requireItem(String itemId, Predicate<String> exists) {
        if (itemId == null || !exists.test(itemId)) {
            throw SimProblem.unprocessable("Unknown item " + itemId + ": PUT /v1/items/" + itemId + " first");
        }
    }

    private static void requireImage(String imageId, Predicate<String> exists) {
        if (imageId == null || !exists.test(imageId)) {
            throw SimProblem.unprocessable("Unknown image " + imageId + ": PUT /v1/images/" + imageId + " first");
        }
    }
}
