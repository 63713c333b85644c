package io.vitrine.conversation;

import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.StoredItem;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.ReplyRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a keyword automation must be, checked before it is saved (the platform would refuse it later otherwise):
 * keywords, an action, a reply's text (drafted from the item when none is given), an item that exists for a cart.
 * Also reads the command line's {@code KEYWORD[,KEYWORD]:ACTION[:ITEM[:TEXT]]}.
 */
public final class AutomationRules {
    public static final int MAX_RULES = 10;
    public static final String FORMAT = "KEYWORD[,KEYWORD...]:private_reply|public_reply|add_to_cart[:ITEM[:TEXT]]";

    private final CatalogService catalog;

    AutomationRules(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Reads {@code LAMP,#cart:add_to_cart:ML-LUNE-TL-SAGE} (the text, when given, is everything after the third ':'). */
    public static AutomationRule parse(String spec) {
        String[] parts = spec == null ? new String[0] : spec.split(":", 4);
        if (parts.length < 2) {
            throw new VitrineException("\"" + spec + "\" is not an automation.", "Write it as " + FORMAT
                    + ", e.g. 'LAMP:private_reply' or '#cart:add_to_cart:ML-LUNE-TL-SAGE'.");
        }
        List<String> keywords = Arrays.stream(parts[0].split("[,|]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        AutomationAction action = AutomationAction.parse(parts[1]).orElseThrow(() -> new VitrineException(
                "\"" + parts[1] + "\" is not an automation action.", "Use private_reply, public_reply or add_to_cart."));
        String item = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
        String text = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null;
        return new AutomationRule(keywords, action, text, item);
    }

    /**
     * The rules as they will be saved: a reply without a text gets one drafted from its item (or the first item
     * shown); every problem is listed, each naming its rule.
     */
    public List<AutomationRule> complete(List<AutomationRule> rules, List<String> shownItemIds, List<Problem> problems) {
        if (rules.size() > MAX_RULES) {
            problems.add(Problem.error("automations", "At most " + MAX_RULES + " automations per post or poll, not " + rules.size() + "."));
        }
        List<AutomationRule> done = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            done.add(complete(i + 1, rules.get(i), shownItemIds, problems));
        }
        return done;
    }

    private AutomationRule complete(int number, AutomationRule rule, List<String> shown, List<Problem> problems) {
        String name = "Automation " + number;
        if (rule.keywords().isEmpty()) {
            problems.add(Problem.error("automations", name + " needs at least one keyword."));
        }
        if (rule.action() == null) {
            problems.add(Problem.error("automations", name + " needs an action: private_reply, public_reply or add_to_cart."));
            return rule;
        }
        String itemId = rule.itemId() != null ? rule.itemId() : shown.isEmpty() ? null : shown.get(0);
        Optional<CatalogItem> item = itemId == null ? Optional.empty()
                : catalog.item(itemId).filter(s -> !s.removed()).map(StoredItem::item);
        if (rule.itemId() != null && item.isEmpty()) {
            problems.add(Problem.error("automations", name + " names the item " + rule.itemId()
                    + ", which is not in the catalog."));
        }
        if (rule.action() == AutomationAction.ADD_TO_CART) {
            if (itemId == null) {
                problems.add(Problem.error("automations", name + " adds to the cart but names no item, and nothing is tagged."));
            }
            return rule;
        }
        String text = rule.text();
        if (text == null && item.isPresent()) {
            text = new AnswerWriter("en").offer(item.get());
        }
        if (text == null || text.isBlank()) {
            problems.add(Problem.error("automations", name + " replies, so it needs a text (or an item to draft it from)."));
        } else if (text.length() > ReplyRequest.MAX_LENGTH) {
            problems.add(Problem.error("automations", name + "'s text is longer than " + ReplyRequest.MAX_LENGTH + " characters."));
        }
        return new AutomationRule(rule.keywords(), rule.action(), text, rule.itemId());
    }
}
