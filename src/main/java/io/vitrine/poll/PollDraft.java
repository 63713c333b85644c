package io.vitrine.poll;

import java.util.ArrayList;
import java.util.List;

/**
 * What the poll builder edits (and the CLI fills in): immutable, so each edit is a new value and undo is
 * a stack of them. Changes go through the {@code with…} methods.
 */
public record PollDraft(String question, List<OptionDraft> options, int durationHours, List<String> targetInterests,
                        List<String> targetRegions, String campaignName, String imageSha256) {

    public static final int DEFAULT_DURATION_HOURS = 72;

    /** One option being built: a catalog item, or a custom picture and label. */
    public record OptionDraft(String label, String itemId, String imageSha256) {
        public static final OptionDraft EMPTY = new OptionDraft("", null, null);

        public static OptionDraft ofItem(String itemId, String label) {
            return new OptionDraft(label, itemId, null);
        }

        public static OptionDraft ofImage(String imageSha256, String label) {
            return new OptionDraft(label, null, imageSha256);
        }

        public boolean isCatalogItem() {
            return itemId != null;
        }

        public OptionDraft withLabel(String newLabel) {
            return new OptionDraft(newLabel, itemId, imageSha256);
        }
    }

    public PollDraft {
        question = question == null ? "" : question;
        options = List.copyOf(options);
        targetInterests = List.copyOf(targetInterests);
        targetRegions = List.copyOf(targetRegions);
    }

    /** A new poll: empty question, two empty options, three days. */
    public static PollDraft blank() {
        return new PollDraft("", List.of(OptionDraft.EMPTY, OptionDraft.EMPTY), DEFAULT_DURATION_HOURS, List.of(),
                List.of(), null, null);
    }

    public PollDraft withQuestion(String text) {
        return new PollDraft(text, options, durationHours, targetInterests, targetRegions, campaignName, imageSha256);
    }

    public PollDraft withOptions(List<OptionDraft> newOptions) {
        return new PollDraft(question, newOptions, durationHours, targetInterests, targetRegions, campaignName, imageSha256);
    }

    public PollDraft withOption(int index, OptionDraft option) {
        List<OptionDraft> changed = new ArrayList<>(options);
        changed.set(index, option);
        return withOptions(changed);
    }

    public PollDraft withOptionAdded() {
        List<OptionDraft> changed = new ArrayList<>(options);
        changed.add(OptionDraft.EMPTY);
        return withOptions(changed);
    }

    public PollDraft withOptionRemoved(int index) {
        List<OptionDraft> changed = new ArrayList<>(options);
        changed.remove(index);
        return withOptions(changed);
    }

    /** Moves an option one place up (-1) or down (+1) in the order the platform shows. */
    public PollDraft withOptionMoved(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= options.size()) {
            return this;
        }
        List<OptionDraft> changed = new ArrayList<>(options);
        changed.add(target, changed.remove(index));
        return withOptions(changed);
    }

    public PollDraft withDurationHours(int hours) {
        return new PollDraft(question, options, hours, targetInterests, targetRegions, campaignName, imageSha256);
    }

    public PollDraft withTargetInterests(List<String> interests) {
        return new PollDraft(question, options, durationHours, interests, targetRegions, campaignName, imageSha256);
    }

    public PollDraft withTargetRegions(List<String> regions) {
        return new PollDraft(question, options, durationHours, targetInterests, regions, campaignName, imageSha256);
    }

    public PollDraft withCampaignName(String name) {
        return new PollDraft(question, options, durationHours, targetInterests, targetRegions,
                name == null || name.isBlank() ? null : name.strip(), imageSha256);
    }

    public PollDraft withImage(String sha256) {
        return new PollDraft(question, options, durationHours, targetInterests, targetRegions, campaignName, sha256);
    }
}
