package io.vitrine.platform.sim;

import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.ReplyRequest;
import io.vitrine.platform.api.TagPayload;
import java.util.List;
import java.util.function.Predicate;

/** What the platform refuses in a post or poll (422), naming the first thing that is wrong. */
final class PayloadCheck {
    static final int MAX_POLL_HOURS = 24 * 30;
    static final int MAX_AUTOMATIONS = 10;

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
        automations(post.automations(), !post.tags().isEmpty(), itemExists);
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
        automations(poll.automations(), poll.options().stream().anyMatch(o -> o.itemId() != null), itemExists);
    }

    /** Keyword rules: 1 to 10, each with a keyword, a reply's text, a known item to put in the cart. */
    private static void automations(List<AutomationRule> rules, boolean hasItems, Predicate<String> itemExists) {
        if (rules.size() > MAX_AUTOMATIONS) {
            throw SimProblem.unprocessable("At most " + MAX_AUTOMATIONS + " automations, not " + rules.size());
        }
        for (int i = 0; i < rules.size(); i++) {
            AutomationRule rule = rules.get(i);
            if (rule.action() == null) {
                throw SimProblem.unprocessable("Automation " + i + " needs an action: private_reply, public_reply or add_to_cart");
            }
            if (rule.keywords().isEmpty() || rule.keywords().stream().anyMatch(k -> k == null || k.isBlank())) {
                throw SimProblem.unprocessable("Automation " + i + " needs keywords, none of them blank");
            }
            if (rule.action() == AutomationAction.ADD_TO_CART) {
                if (rule.itemId() != null) {
                    requireItem(rule.itemId(), itemExists);
                } else if (!hasItems) {
                    throw SimProblem.unprocessable("Automation " + i + " adds to cart but names no item_id, and nothing is tagged");
                }
            } else if (rule.text() == null || rule.text().isBlank() || rule.text().length() > ReplyRequest.MAX_LENGTH) {
                throw SimProblem.unprocessable("Automation " + i + " replies, so it needs a text of 1 to "
                        + ReplyRequest.MAX_LENGTH + " characters");
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
