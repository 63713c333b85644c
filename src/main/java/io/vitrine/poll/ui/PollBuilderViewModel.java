package io.vitrine.poll.ui;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EditHistory;
import io.vitrine.common.Problem;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.poll.PollLimits;
import io.vitrine.poll.PollService;
import io.vitrine.poll.PollTargets;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.PlatformMessage;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The poll builder's state: the draft being edited (an immutable {@link PollDraft}; every edit replaces
 * it and is recorded for undo), the problems found in it, and the commands save, schedule, undo, redo.
 * Validation, saving and image storing run in the background.
 */
public final class PollBuilderViewModel {
    private final PollService polls;
    private final CatalogService catalog;
    private final ImageStore images;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EditHistory<PollDraft> history = new EditHistory<>(PollDraft.blank());

    private final ReadOnlyObjectWrapper<PollDraft> draft = new ReadOnlyObjectWrapper<>(PollDraft.blank());
    private final ReadOnlyObjectWrapper<Long> pollId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PublishState> status = new ReadOnlyObjectWrapper<>(PublishState.DRAFT);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** What the platform said about the open poll (why it failed, a refused change); empty when nothing. */
    private final ReadOnlyStringWrapper platformMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper brandHandle = new ReadOnlyStringWrapper("@yourbrand");
    /** The brand's time zone: a date and hour chosen to publish at are read there, as in the composer. */
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.of("UTC"));
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> campaigns = FXCollections.observableArrayList();
    private final ObservableMap<String, ItemSummary> items = FXCollections.observableHashMap();
    private final LatestResult validation = new LatestResult();
    /** The poll on screen: a save that finishes after another poll was opened leaves the screen alone. */
    private final LatestResult session = new LatestResult();
    private LatestResult.Request onScreen = session.next();
    private final LatestResult opening = new LatestResult();
    private LongConsumer onSaved = id -> { };

    public PollBuilderViewModel(PollService polls, CatalogService catalog, ImageStore images, TaskExecutor tasks,
                                DialogService dialogs) {
        this.polls = polls;
        this.catalog = catalog;
        this.images = images;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    // ---------------------------------------------------------------- loading

    /** Starts a new, unsaved poll. */
    public void newPoll() {
        opening.invalidate();
        replace(null, PublishState.DRAFT, PollDraft.blank());
        platformMessage.set("");
    }

    /** Opens a stored poll for editing. */
    public void open(long id) {
        tasks.submitQuietly(progress -> polls.require(id), opening.next().deliver(poll -> {
            replace(poll.id(), poll.status(), poll.toDraft());
            platformMessage.set(PlatformMessage.text(poll.status() == PublishState.FAILED, poll.syncError()));
        }), error -> dialogs.showError("The poll could not be opened", error));
    }

    private void replace(Long id, PublishState newStatus, PollDraft newDraft) {
        onScreen = session.next();
        pollId.set(id);
        status.set(newStatus);
        history.reset(newDraft);
        showHistory();
        draft.set(newDraft);
        dirty.set(false);
        message.set("");
        revision.set(revision.get() + 1);
        tasks.submitQuietly("The brand and campaigns could not be read", progress -> new Context(polls.brandHandle(),
                polls.planningZone(id), polls.campaignNames()), context -> {
                    brandHandle.set(context.handle());
                    zone.set(context.zone());
                    List<String> choices = new java.util.ArrayList<>(List.of("")); // "" = no campaign
                    choices.addAll(context.campaigns());
                    campaigns.setAll(choices);
                });
        afterChange();
    }

    private record Context(String handle, ZoneId zone, List<String> campaigns) {
    }

    // ---------------------------------------------------------------- edits

    /** Typing: consecutive keystrokes in one field are one undo step. */
    public void setQuestion(String text) {
        edit(d -> d.withQuestion(text), "question", false);
    }

    public void setOptionLabel(int index, String label) {
        edit(d -> d.withOption(index, d.options().get(index).withLabel(label)), "label." + index, false);
    }

    public void setInterests(String typed) {
        edit(d -> d.withTargetInterests(PollTargets.interests(typed)), "interests", false);
    }

    public void setRegions(String typed) {
        edit(d -> d.withTargetRegions(PollTargets.regions(typed)), "regions", false);
    }

    public void setCampaign(String name) {
        edit(d -> d.withCampaignName(name), "campaign", false);
    }

    public void setDurationHours(int hours) {
        edit(d -> d.withDurationHours(hours), "duration", false);
    }

    /** A product picked for an option: its title becomes the label (editable). */
    public void pickItem(int index, ItemSummary item) {
        items.put(item.id(), item);
        edit(d -> d.withOption(index, OptionDraft.ofItem(item.id(), PollLimits.labelFromTitle(item.title()))), null, true);
    }

    /** A picture of a custom design for an option: stored in the workspace, then used. */
    public void useImage(int index, Path file) {
        store(file, "The picture could not be added", sha -> d -> {
            OptionDraft old = d.options().get(index);
            String label = old.isCatalogItem() || old.label().isBlank() ? PollLimits.labelFromFile(file.getFileName().toString()) : old.label();
            return d.withOption(index, OptionDraft.ofImage(sha, label));
        });
    }

    public void setPhoto(Path file) {
        store(file, "The photo could not be added", sha -> d -> d.withImage(sha));
    }

    /** Stores a picture in the background, then applies the edit made of its hash. */
    private void store(Path file, String failure, java.util.function.Function<String, UnaryOperator<PollDraft>> use) {
        busy.set(true);
        tasks.submit("Adding " + file.getFileName(), progress -> images.put(file).sha256(), sha -> {
            busy.set(false);
            edit(use.apply(sha), null, true);
        }, error -> {
            busy.set(false);
            dialogs.showError(failure, error);
        });
    }

    public void removePhoto() {
        edit(d -> d.withImage(null), null, true);
    }

    public void addOption() {
        if (draft.get().options().size() < PollLimits.MAX_OPTIONS) {
            edit(PollDraft::withOptionAdded, null, true);
        }
    }

    public void removeOption(int index) {
        edit(d -> d.withOptionRemoved(index), null, true);
    }

    public void moveOption(int index, int delta) {
        edit(d -> d.withOptionMoved(index, delta), null, true);
    }

    public void undo() {
        if (history.canUndo()) {
            restore(history.undo());
        }
    }

    public void redo() {
        if (history.canRedo()) {
            restore(history.redo());
        }
    }

    private void restore(PollDraft previous) {
        showHistory();
        draft.set(previous);
        dirty.set(true);
        revision.set(revision.get() + 1);
        afterChange();
    }

    /**
     * Applies an edit. {@code structural} edits (options added, moved, picked) change what the form shows, so
     * the view redraws it; typing does not (the field already shows it).
     */
    private void edit(UnaryOperator<PollDraft> change, String runKey, boolean structural) {
        if (!status.get().beforePublication()) {
            return;
        }
        PollDraft before = history.current();
        PollDraft after = history.apply("Edit", runKey, change);
        if (after.equals(before)) {
            return;
        }
        if (structural) {
            history.seal();
        }
        showHistory();
        draft.set(after);
        dirty.set(true);
        if (structural) {
            revision.set(revision.get() + 1);
        }
        afterChange();
    }

    private void showHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private void afterChange() {
        PollDraft current = draft.get();
        java.util.Set<String> known = java.util.Set.copyOf(items.keySet());
        tasks.submitQuietly("The poll could not be checked", progress -> new Checked(polls.validate(current),
                lookUpItems(current, known)), validation.next().deliver(checked -> {
                    checked.items().forEach(item -> items.put(item.id(), item));
                    problems.setAll(checked.problems());
                }));
    }

    private record Checked(List<Problem> problems, List<ItemSummary> items) {
    }

    private List<ItemSummary> lookUpItems(PollDraft current, java.util.Set<String> known) {
        return current.options().stream().filter(OptionDraft::isCatalogItem).filter(o -> !known.contains(o.itemId()))
                .map(o -> catalog.find(o.itemId())).flatMap(java.util.Optional::stream).toList();
    }

    // ---------------------------------------------------------------- commands

    /** Saves the draft as it is (problems and all: nothing typed is lost). */
    public void save() {
        save(id -> message.set("Draft saved"), true);
    }

    /** Keeps unsaved edits when the user moves to another poll: saves them quietly, then runs {@code after}. */
    public void saveIfChanged(Runnable after) {
        if (dirty.get() && status.get().beforePublication()) {
            save(id -> after.run(), false);
        }
    }

    private void save(LongConsumer then, boolean announce) {
        PollDraft saving = draft.get();
        Long id = pollId.get();
        LatestResult.Request opened = onScreen;
        busy.set(true);
        tasks.submit("Saving the poll", progress -> polls.saveDraft(id, saving), saved -> {
            busy.set(false);
            if (opened.isLatest()) { // still the same poll on screen (a quiet save may finish after another opened)
                pollId.set(saved.id());
                dirty.set(!saving.equals(draft.get()));
                problems.setAll(saved.problems());
            }
            then.accept(saved.id());
            if (announce) {
                onSaved.accept(saved.id());
            }
        }, error -> {
            busy.set(false);
            dialogs.showError("The poll could not be saved", error);
        });
    }

    /** Saves, then schedules for publication at {@code at}; refused with the problems if the poll is not ready. */
    public void schedule(Instant at) {
        save(id -> tasks.submit("Scheduling the poll", progress -> {
            polls.schedule(id, at);
            return polls.require(id);
        }, poll -> {
            status.set(poll.status());
            message.set("Scheduled: the next sync publishes it");
            platformMessage.set(""); // sent again: what the platform said of the last version no longer applies
            onSaved.accept(id);
        }, error -> dialogs.showError("The poll was not scheduled", error)), true);
    }

    /** Schedules for {@code hour}:00 on {@code date} in the brand's time zone; no date means now. */
    public void schedule(LocalDate date, int hour) {
        schedule(date == null ? Instant.now() : date.atTime(hour, 0).atZone(zone.get()).toInstant());
    }

    /** Called with the poll's id after each save (the list refreshes). */
    public void setOnSaved(LongConsumer handler) {
        this.onSaved = handler == null ? id -> { } : handler;
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<PollDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> pollIdProperty() {
        return pollId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PublishState> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty platformMessageProperty() {
        return platformMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brandHandleProperty() {
        return brandHandle.getReadOnlyProperty();
    }

    /** Changes when the whole form must be redrawn from the draft (opened, undone, options rearranged). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The campaigns to choose from; the first, "", means none. */
    public ObservableList<String> campaigns() {
        return campaigns;
    }

    /** Catalog items of the options, for the preview (title, price, stock). */
    public ObservableMap<String, ItemSummary> items() {
        return items;
    }
}
