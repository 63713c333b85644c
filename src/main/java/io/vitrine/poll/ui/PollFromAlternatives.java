package io.vitrine.poll.ui;

import io.vitrine.catalog.similar.SimilarItem;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollLimits;
import io.vitrine.ui.TaskExecutor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Make a poll from this item and its closest alternatives": the builder's first catalog option stays, and
 * the other options become its most similar items that shoppers can buy (up to the four options a poll has).
 */
final class PollFromAlternatives {
    private final PollBuilderViewModel model;
    private final SimilarItems similar;
    private final TaskExecutor tasks;

    PollFromAlternatives(PollBuilderViewModel model, SimilarItems similar, TaskExecutor tasks) {
        this.model = model;
        this.similar = similar;
        this.tasks = tasks;
    }

    /** The item the poll is built around: the first option that is a catalog item, or null. */
    String anchor() {
        return model.draftProperty().get().options().stream().filter(PollDraft.OptionDraft::isCatalogItem)
                .map(PollDraft.OptionDraft::itemId).findFirst().orElse(null);
    }

    void fill() {
        String anchor = anchor();
        if (anchor == null) {
            return;
        }
        tasks.submit("Finding alternatives", progress -> similar.of(anchor, PollLimits.MAX_OPTIONS * 2), found -> use(anchor, found));
    }

    private void use(String anchor, List<SimilarItem> found) {
        int anchorAt = model.draftProperty().get().options().stream().map(PollDraft.OptionDraft::itemId).toList().indexOf(anchor);
        if (anchorAt > 0) {
            model.moveOption(anchorAt, -anchorAt);
        }
        Set<String> taken = new HashSet<>(Set.of(anchor));
        int next = 1;
        for (SimilarItem alternative : found) {
            if (next >= PollLimits.MAX_OPTIONS) {
                break;
            }
            if (alternative.item().needsAttention() || !taken.add(alternative.item().id())) {
                continue;
            }
            if (next >= model.draftProperty().get().options().size()) {
                model.addOption();
            }
            model.pickItem(next++, alternative.item());
        }
    }
}
