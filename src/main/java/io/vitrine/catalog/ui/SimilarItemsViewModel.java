package io.vitrine.catalog.ui;

import io.vitrine.catalog.similar.SimilarItem;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The similar items of the item shown (loaded in the background; a newer item drops an older answer). */
public final class SimilarItemsViewModel {
    static final int SHOWN = 5;

    private final SimilarItems similar;
    private final TaskExecutor tasks;
    private final ObservableList<SimilarItem> items = FXCollections.observableArrayList();
    private final LatestResult requests = new LatestResult();

    public SimilarItemsViewModel(SimilarItems similar, TaskExecutor tasks) {
        this.similar = similar;
        this.tasks = tasks;
    }

    /** Loads the items like {@code itemId} (null: none). */
    public void show(String itemId) {
        LatestResult.Request request = requests.next();
        items.clear();
        if (itemId != null) {
            tasks.submitQuietly(progress -> similar.of(itemId, SHOWN), request.deliver(items::setAll), error -> items.clear());
        }
    }

    public ObservableList<SimilarItem> items() {
        return items;
    }
}
