package io.vitrine.poll.ui;

import io.vitrine.poll.PollService;
import io.vitrine.poll.PollSummary;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Polls section's list: every poll with its status and votes, and the list commands (duplicate, delete). */
public final class PollsViewModel {
    private final PollService polls;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<PollSummary> summaries = FXCollections.observableArrayList();
    private final ObjectProperty<PollSummary> selected = new SimpleObjectProperty<>();

    public PollsViewModel(PollService polls, TaskExecutor tasks, DialogService dialogs) {
        this.polls = polls;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reloads the list, keeping (or moving) the selection to {@code selectId} when given. */
    public void refresh(Long selectId) {
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        tasks.submitQuietly(progress -> polls.list(), loaded -> {
            summaries.setAll(loaded);
            selected.set(loaded.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(keep == null && !loaded.isEmpty() ? loaded.get(0) : null));
        }, error -> dialogs.showError("The polls could not be listed", error));
    }

    public void duplicate(PollSummary poll) {
        tasks.submit("Duplicating the poll", progress -> polls.duplicate(poll.id()), this::refresh);
    }

    public void delete(PollSummary poll) {
        if (dialogs.confirm("Delete this poll?", "“" + poll.question() + "” has not gone out yet; deleting it cannot be undone.",
                "Delete")) {
            tasks.submit("Deleting the poll", progress -> {
                polls.delete(poll.id());
                return poll.id();
            }, id -> {
                selected.set(null);
                refresh(null);
            });
        }
    }

    private void refresh(long id) {
        refresh(Long.valueOf(id));
    }

    public ObservableList<PollSummary> summaries() {
        return summaries;
    }

    public ObjectProperty<PollSummary> selectedProperty() {
        return selected;
    }
}
