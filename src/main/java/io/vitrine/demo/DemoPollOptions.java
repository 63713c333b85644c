package io.vitrine.demo;

import io.vitrine.demo.DemoRepository.OptionItem;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.poll.PollLimits;
import io.vitrine.workspace.Database;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where demo poll options come from: variants and products of the demo catalog when the catalog step
 * filled one, otherwise custom designs (swatch pictures and labels), so polls exist either way.
 */
final class DemoPollOptions {

    private final ImageStore images;
    private final List<List<OptionItem>> variantGroups = new ArrayList<>();
    private final List<OptionItem> singles = new ArrayList<>();
    private final List<OptionItem> outOfStock = new ArrayList<>();

    DemoPollOptions(Database database) {
        this.images = new ImageStore(database);
        List<OptionItem> items = DemoRepository.optionItems(database);
        Map<String, List<OptionItem>> byGroup = new LinkedHashMap<>();
        for (OptionItem item : items) {
            if ("out_of_stock".equals(item.availability())) {
                outOfStock.add(item);
            } else {
                byGroup.computeIfAbsent(item.group() == null ? item.id() : item.group(), g -> new ArrayList<>()).add(item);
            }
        }
        for (List<OptionItem> group : byGroup.values()) {
            if (group.size() >= 2) {
                variantGroups.add(group);
            } else {
                singles.add(group.get(0));
            }
        }
    }

    /**
     * {@code count} options: colour variants of one product if there is such a group (one variant per colour, so
     * a colourway poll never offers three sizes of the same colour), else products, else the designs given.
     */
    List<OptionDraft> take(int count, String[] fallbackLabels, int[] fallbackColours) {
        for (int g = 0; g < variantGroups.size(); g++) {
            List<OptionItem> colours = onePerColour(variantGroups.get(g));
            if (colours.size() >= count) {
                variantGroups.remove(g);
                return labelled(colours.subList(0, count), true);
            }
        }
        if (singles.size() >= count) {
            List<OptionItem> chosen = new ArrayList<>(singles.subList(0, count));
            singles.subList(0, count).clear();
            return labelled(chosen, false);
        }
        return designs(fallbackLabels, fallbackColours, DemoSwatches.Pattern.PLAIN);
    }

    private static List<OptionItem> onePerColour(List<OptionItem> group) {
        Map<String, OptionItem> byColour = new LinkedHashMap<>();
        for (OptionItem item : group) {
            if (item.color() != null && !item.color().isBlank()) {
                byColour.putIfAbsent(item.color().toLowerCase(java.util.Locale.ROOT), item);
            }
        }
        return new ArrayList<>(byColour.values());
    }

    /** Custom designs not in the catalog: a swatch picture per label. */
    List<OptionDraft> designs(String[] labels, int[] colours, DemoSwatches.Pattern pattern) {
        List<OptionDraft> options = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            options.add(OptionDraft.ofImage(DemoSwatches.store(images, labels[i], colours[i], pattern), labels[i]));
        }
        return options;
    }

    /** An out-of-stock product, if the catalog has one (a draft shows the builder's warning with it). */
    OptionDraft outOfStockItem() {
        return outOfStock.isEmpty() ? null : OptionDraft.ofItem(outOfStock.get(0).id(), PollLimits.labelFromTitle(outOfStock.get(0).title()));
    }

    /** Variants are told apart by colour when they have one; labels are made unique if titles repeat. */
    private static List<OptionDraft> labelled(List<OptionItem> items, boolean variants) {
        List<OptionDraft> options = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (OptionItem item : items) {
            String label = variants && item.color() != null && !item.color().isBlank() ? item.color() : item.title();
            label = PollLimits.labelFromTitle(label);
            if (!used.add(label.toLowerCase(java.util.Locale.ROOT))) {
                label = PollLimits.labelFromTitle(item.title() + " " + item.id());
                used.add(label.toLowerCase(java.util.Locale.ROOT));
            }
            options.add(OptionDraft.ofItem(item.id(), label));
        }
        return options;
    }
}
