package io.vitrine.platform.sim;

import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.EventSegment;
import io.vitrine.platform.api.ItemPayload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * What a commenter writes, in one of the shop's languages (the commenter's own when the shop speaks it):
 * a question about an item of the publication that names its product, a colour or a size, a remark, or
 * one of the publication's automation keywords (people do what the caption tells them). Deterministic:
 * everything comes from the random source given.
 */
final class AudienceVoice {
    /** What was said, with what the simulator needs to follow up: whether it asks, and about which item. */
    record Said(String text, String language, String authorName, boolean question, String itemId) {
    }

    private enum Asked { STOCK, COLOUR, SIZE, PRICE, DELIVERY }

    private static final List<String> NAMES = List.of("lea", "jonas", "camille", "mia", "noah", "ines", "lucas", "emma",
            "hugo", "sofia", "marta", "finn", "chloe", "leon", "alice", "mateo", "giulia", "oscar", "nina", "tom");
    private static final Map<String, String> LANGUAGE_OF_REGION = Map.of("FR", "fr", "DE", "de", "ES", "es", "IT", "it",
            "GB", "en", "US", "en");
    private static final List<String> OTHER_COLOURS = List.of("Amber", "Navy", "Olive", "Blush", "Mustard");
    private static final List<String> OTHER_SIZES = List.of("S", "M", "L", "XL", "42");

    private AudienceVoice() {
    }

    static Said say(SplittableRandom rng, SimPublication pub, EventSegment person, Function<String, ItemPayload> items,
                    List<String> languages) {
        String language = languageOf(person, languages);
        String author = "@" + Audience.pick(rng, NAMES) + "." + (char) ('a' + rng.nextInt(26));
        List<AutomationRule> rules = pub.automations();
        if (!rules.isEmpty() && rng.nextDouble() < 0.3) {
            AutomationRule rule = Audience.pick(rng, rules);
            String keyword = rule.keywords().isEmpty() ? "?" : Audience.pick(rng, rule.keywords());
            return new Said(keyword + Audience.pick(rng, List.of("", " please", " 🙏", " !")), language, author, false, null);
        }
        List<String> itemIds = pub.itemIds().stream().filter(id -> items.apply(id) != null).toList();
        if (itemIds.isEmpty() || rng.nextDouble() < 0.4) {
            return new Said(Audience.pick(rng, VoicePhrases.remarks(language)), language, author, false, null);
        }
        String itemId = Audience.pick(rng, itemIds);
        ItemPayload item = items.apply(itemId);
        Asked asked = Audience.pick(rng, List.of(Asked.STOCK, Asked.STOCK, Asked.COLOUR, Asked.COLOUR, Asked.SIZE,
                Asked.PRICE, Asked.DELIVERY));
        boolean named = rng.nextDouble() < 0.7;
        String template = Audience.pick(rng, VoicePhrases.questions(language, asked.name(), named));
        String text = template.replace("{product}", productName(item.title()))
                .replace("{colour}", colour(rng, item, itemIds, items))
                .replace("{size}", size(rng, item, itemIds, items))
                .replace("{country}", Audience.pick(rng, VoicePhrases.countries(language)));
        return new Said(text, language, author, true, itemId);
    }

    /** A thank-you from someone whose question was answered in time. */
    static String thanks(SplittableRandom rng, String language) {
        return Audience.pick(rng, VoicePhrases.thanks(language));
    }

    static String languageOf(EventSegment person, List<String> languages) {
        String own = LANGUAGE_OF_REGION.getOrDefault(person == null ? "" : person.region(), "en");
        return languages.contains(own) ? own : languages.get(0);
    }

    /** "Lune Table Lamp – Sage" → "Lune Table Lamp": the product, without the variant. */
    static String productName(String title) {
        if (title == null) {
            return "";
        }
        for (String separator : List.of(" – ", " - ", ", ")) {
            int at = title.indexOf(separator);
            if (at > 0) {
                return title.substring(0, at);
            }
        }
        return title;
    }

    private static String colour(SplittableRandom rng, ItemPayload item, List<String> itemIds,
                                 Function<String, ItemPayload> items) {
        Set<String> known = new LinkedHashSet<>();
        for (String id : itemIds) {
            ItemPayload other = items.apply(id);
            if (other.color() != null && sameProduct(item, other)) {
                known.add(other.color());
            }
        }
        List<String> choices = new ArrayList<>(known);
        if (choices.isEmpty() || rng.nextDouble() < 0.35) {
            choices.add(Audience.pick(rng, OTHER_COLOURS));
        }
        return Audience.pick(rng, choices);
    }

    private static String size(SplittableRandom rng, ItemPayload item, List<String> itemIds,
                               Function<String, ItemPayload> items) {
        Set<String> known = new LinkedHashSet<>();
        for (String id : itemIds) {
            ItemPayload other = items.apply(id);
            if (other.size() != null && sameProduct(item, other)) {
                known.add(other.size());
            }
        }
        return known.isEmpty() || rng.nextDouble() < 0.3 ? Audience.pick(rng, OTHER_SIZES)
                : Audience.pick(rng, new ArrayList<>(known));
    }

    private static boolean sameProduct(ItemPayload a, ItemPayload b) {
        return a.itemGroupId() != null ? a.itemGroupId().equals(b.itemGroupId()) : a == b;
    }
}
