package io.vitrine.poll;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a draft against the platform's limits and the catalog: errors block publishing, warnings
 * (an out-of-stock or removed product as an option) are shown but do not. Reads the catalog, so call
 * it off the FX thread.
 */
public final class PollValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CatalogService catalog;
    private final Predicate<String> campaignExists;

    public PollValidator(CatalogService catalog, Predicate<String> campaignExists) {
        this.catalog = catalog;
        this.campaignExists = campaignExists;
    }

    public List<Problem> check(PollDraft draft) {
        List<Problem> problems = new ArrayList<>();
        checkQuestion(draft.question(), problems);
        checkOptions(draft.options(), problems);
        int hours = draft.durationHours();
        if (hours < PollLimits.MIN_DURATION_HOURS || hours > PollLimits.MAX_DURATION_HOURS) {
            problems.add(Problem.error("duration", "The poll runs " + hours + " hours; choose between 1 hour and 30 days (720 hours)."));
        }
        checkTargets(draft, problems);
        if (draft.campaignName() != null && !campaignExists.test(draft.campaignName())) {
            problems.add(Problem.error("campaign", "There is no campaign called \"" + draft.campaignName()
                    + "\". Create it first (Posts ▸ Campaigns, or ./studio post campaign add), or choose another."));
        }
        return problems;
    }

    private static void checkQuestion(String question, List<Problem> problems) {
        String text = question.strip();
        if (text.isEmpty()) {
            problems.add(Problem.error("question", "Write the question your audience will answer."));
        } else if (text.length() > PollLimits.MAX_QUESTION_LENGTH) {
            problems.add(Problem.error("question", "The question has " + text.length() + " characters; the platform shows at most "
                    + PollLimits.MAX_QUESTION_LENGTH + ". Shorten it."));
        }
    }

    private void checkOptions(List<PollDraft.OptionDraft> options, List<Problem> problems) {
        if (options.size() < PollLimits.MIN_OPTIONS || options.size() > PollLimits.MAX_OPTIONS) {
            problems.add(Problem.error("options", "A poll has 2 to 4 options; this one has " + options.size() + "."));
        }
        Set<String> labels = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            PollDraft.OptionDraft option = options.get(i);
            String field = "option." + i;
            String name = "Option " + PollOption.letter(i);
            String label = option.label() == null ? "" : option.label().strip();
            if (!option.isCatalogItem() && option.imageSha256() == null) {
                problems.add(Problem.error(field, name + " needs a product from the catalog or a picture of the design."));
            }
            if (label.isEmpty()) {
                problems.add(Problem.error(field, name + " needs a label voters can read."));
            } else if (label.length() > PollLimits.MAX_LABEL_LENGTH) {
                problems.add(Problem.error(field, name + "'s label has " + label.length() + " characters; at most "
                        + PollLimits.MAX_LABEL_LENGTH + " fit on the platform."));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error(field, name + " is labelled \"" + label + "\" like another option; voters could not tell them apart."));
            }
            if (option.isCatalogItem()) {
                if (!items.add(option.itemId())) {
                    problems.add(Problem.error(field, name + " is the same product (" + option.itemId() + ") as another option."));
                }
                checkItem(option.itemId(), field, name, problems);
            }
        }
    }

    private void checkItem(String itemId, String field, String name, List<Problem> problems) {
        Optional<ItemSummary> found = catalog.find(itemId);
        if (found.isEmpty()) {
            problems.add(Problem.error(field, name + ": there is no product " + itemId
                    + " in the catalog. Import the catalog, or pick another product."));
            return;
        }
        ItemSummary item = found.get();
        if (item.removed()) {
            problems.add(Problem.warning(field, name + " (" + item.title() + ") is no longer in the catalog feed;"
                    + " voters could choose something you cannot sell."));
        } else if (!item.availability().purchasable()) {
            problems.add(Problem.warning(field, name + " (" + item.title() + ") is out of stock;"
                    + " voters could choose something they cannot buy."));
        }
    }

    private static void checkTargets(PollDraft draft, List<Problem> problems) {
        for (String region : draft.targetRegions()) {
            if (!COUNTRIES.contains(region)) {
                problems.add(Problem.error("regions", "\"" + region + "\" is not a country code; use two letters such as FR, DE or US."));
            }
        }
        for (String interest : draft.targetInterests()) {
            if (interest.isBlank() || interest.length() > PollLimits.MAX_INTEREST_LENGTH) {
                problems.add(Problem.error("interests", "Interests are short words or phrases (up to "
                        + PollLimits.MAX_INTEREST_LENGTH + " characters), such as \"home decor\"."));
            }
        }
        if (draft.targetRegions().size() > PollLimits.MAX_TARGETS || draft.targetInterests().size() > PollLimits.MAX_TARGETS) {
            problems.add(Problem.error("targets", "Target at most " + PollLimits.MAX_TARGETS + " interests and "
                    + PollLimits.MAX_TARGETS + " regions."));
        }
    }
}
