package io.vitrine.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the platform matches a rule's keywords, which the studio's preview relies on. */
class AutomationRuleTest {

    @Test
    void keywordsMatchWholeWordsIgnoringCaseAccentsAndHash() {
        AutomationRule rule = new AutomationRule(List.of("LAMP", "#cart", "size chart"), AutomationAction.PRIVATE_REPLY,
                "Here you go", null);
        assertThat(rule.matches("lamp please")).isTrue();
        assertThat(rule.matches("I want the #LAMP!")).isTrue();
        assertThat(rule.matches("cart")).isTrue();
        assertThat(rule.matches("#Cart 🙏")).isTrue();
        assertThat(rule.matches("Send me the SIZE  chart?")).isTrue();
        assertThat(rule.matches("lamps are nice")).as("whole words only").isFalse();
        assertThat(rule.matches("shopping-cartoon")).isFalse();
        assertThat(rule.matches("size")).isFalse();
        assertThat(rule.matches(null)).isFalse();
        assertThat(new AutomationRule(List.of("Crème"), AutomationAction.PUBLIC_REPLY, "x", null).matches("creme?")).isTrue();
        assertThat(rule.matchedKeyword("the size chart and a lamp")).isEqualTo("LAMP");
    }

    @Test
    void actionsParseFromTheirWireNames() {
        assertThat(AutomationAction.parse("private_reply")).contains(AutomationAction.PRIVATE_REPLY);
        assertThat(AutomationAction.parse("Add-To-Cart")).contains(AutomationAction.ADD_TO_CART);
        assertThat(AutomationAction.parse("dm")).isEmpty();
        assertThat(AutomationAction.ADD_TO_CART.code()).isEqualTo("add_to_cart");
    }
}
