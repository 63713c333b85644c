package io.vitrine.post.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.post.PostsChanged;
import io.vitrine.post.StaleTag;
import io.vitrine.post.StaleTagService;
import io.vitrine.ui.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Pins whose products shoppers cannot buy, and their one-click fixes: retag to another variant, or remove the pin. */
public final class StaleTagsViewModel {
    private final StaleTagService staleTags;
    private final TaskExecutor tasks;
    private final EventBus events;
    private final ObservableList<StaleTag> stale = FXCollections.observableArrayList();
    private final ObservableList<StaleTag> staleView = FXCollections.unmodifiableObservableList(stale);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public StaleTagsViewModel(StaleTagService staleTags, TaskExecutor tasks, EventBus events) {
        this.staleTags = staleTags;
        this.tasks = tasks;
        this.events = events;
    }

    /** Finds the stale pins again. */
    public void reload() {
        tasks.submit("Finding stale pins", progress -> staleTags.list(), this::show);
    }

    private void show(List<StaleTag> found) {
        summary.set(found.isEmpty() ? "Every pin points at a product shoppers can buy." : Formats.count(found.size())
                + " pin" + (found.size() == 1 ? "" : "s") + " in " + found.stream().map(StaleTag::postId).distinct().count()
                + " post(s).");
        stale.setAll(found);
    }

    /** Points the pin at another variant of its product. */
    public void retag(StaleTag tag, ItemSummary variant) {
        fix("Retagging the pin", () -> staleTags.retag(tag.tagId(), variant.id()));
    }

    public void remove(StaleTag tag) {
        fix("Removing the pin", () -> staleTags.remove(tag.tagId()));
    }

    private void fix(String title, Runnable change) {
        tasks.submit(title, progress -> {
            change.run();
            return true;
        }, done -> {
            events.publish(new PostsChanged(null));
            reload();
        });
    }

    public ObservableList<StaleTag> stale() {
        return staleView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
