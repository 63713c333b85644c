package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the platform does when a comment matches a keyword rule. */
public enum AutomationAction {
    /** Sends the rule's text as a private reply to the commenter (once per comment, like any private reply). */
    @JsonProperty("private_reply") PRIVATE_REPLY,
    /** Answers the comment publicly with the rule's text. */
    @JsonProperty("public_reply") PUBLIC_REPLY,
    /** Puts the rule's item in the commenter's cart; the cart (and any purchase) is attributed to the publication. */
    @JsonProperty("add_to_cart") ADD_TO_CART;

    /** The wire name: private_reply, public_reply, add_to_cart. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the wire name in any case, with '-' for '_'. */
    public static Optional<AutomationAction> parse(String text) {
        String code = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
