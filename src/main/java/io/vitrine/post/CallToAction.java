package io.vitrine.post;

import java.util.Arrays;
import java.util.Optional;

/** The button under a post in the feed; stored as its code in {@code post.call_to_action}. */
public enum CallToAction {
    SHOP_NOW("shop_now", "Shop now"),
    VOTE("vote", "Vote"),
    LEARN_MORE("learn_more", "Learn more");

    private final String code;
    private final String label;

    CallToAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the label ("shop_now", "Shop now", "shop-now"). */
    public static Optional<CallToAction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }
}
