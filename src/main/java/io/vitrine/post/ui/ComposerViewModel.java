package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.PublishState;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.post.CaptionStats;
import io.vitrine.post.EditHistory;
import io.vitrine.post.Post;
import io.vitrine.post.PostEdit;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostRules;
import io.vitrine.post.Tag;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.TaskExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The composer's state and commands. Every change is a {@link PostEdit} through one {@link EditHistory}
 * (undo/redo), checked against the platform limits before it lands, then autosaved: drafts straight
 * into the workspace, edits to scheduled or published posts aside until saved.
 */
public final class ComposerViewModel {
    /** A pin dropped on the photo, waiting for its product. */
    public record PendingPin(int image, double x, double y) {
    }

    private final PostFeature feature;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EventBus events;
    private final ComposerSaving saving;
    private final ComposerPhotos photos;
    private EditHistory history = new EditHistory(Post.newDraft(0));
    private long checkSequence;

    private final ComposerState state = new ComposerState();
    private final ObjectProperty<Post> post = state.post;
    private final ObjectProperty<BrandProfile> brand = state.brand;
    private final IntegerProperty selectedImage = state.selectedImage;
    private final IntegerProperty selectedTag = state.selectedTag;
    private final ObjectProperty<PendingPin> pendingPin = state.pendingPin;
    private final ObservableMap<String, ItemSummary> items = state.items;
    private final ObservableList<Problem> problems = state.problems;
    private final ObjectProperty<CaptionStats> captionStats = state.captionStats;
    private final StringProperty autosaveStatus = state.autosaveStatus;
    private final StringProperty notice = state.notice;
    private final StringProperty undoText = state.undoText;
    private final StringProperty redoText = state.redoText;
    private final BooleanProperty canUndo = state.canUndo;
    private final BooleanProperty canRedo = state.canRedo;
    private final BooleanProperty editable = state.editable;
    private final BooleanProperty unsavedChanges = state.unsavedChanges;
    private Consumer<Long> onOpenPost = id -> { };
    private Runnable onClosed = () -> { };

    public ComposerViewModel(PostFeature feature, TaskExecutor tasks, DialogService dialogs, EventBus events,
                             AutosaveTimer autosave) {
        this.feature = feature;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.events = events;
        post.set(history.current());
        this.saving = new ComposerSaving(feature, tasks, dialogs, events, autosave, new ComposerHost(this));
        this.photos = new ComposerPhotos(this, state);
    }

    // ------------------------------------------------------------------ opening

    /** Starts a new draft for a brand. */
    public void startNew(BrandProfile profile) {
        flushAutosave();
        brand.set(profile);
        reset(Post.newDraft(profile.id()));
        Post current = history.current();
        current = current.withSchedule(null, profile.timeZone());
        history = new EditHistory(current);
        publishState();
    }

    /** Opens a saved post; unsaved changes kept by autosave (a crash, say) are put back, one undo away. */
    public void open(long postId) {
        flushAutosave();
        tasks.submit("Opening post " + postId, progress -> OpenedPost.load(feature, postId), this::show);
    }

    private void show(OpenedPost opened) {
        brand.set(opened.brand());
        reset(opened.post());
        items.putAll(opened.items());
        opened.unsaved().ifPresent(kept -> {
            history.apply(new PostEdit.RestoreContent(kept.state()));
            unsavedChanges.set(true);
            notice.set("Restored changes you had not saved (kept " + Formats.dateTime(kept.savedAt(), zone())
                    + "). Save them, or Undo to go back to the saved post.");
        });
        publishState();
    }

    private void reset(Post start) {
        saving.reset(start);
        history = new EditHistory(start);
        selectedImage.set(start.images().isEmpty() ? -1 : 0);
        selectedTag.set(-1);
        pendingPin.set(null);
        notice.set("");
        autosaveStatus.set(start.isNew() ? "" : "Saved");
        unsavedChanges.set(false);
        editable.set(start.editable());
        if (!start.editable()) {
            notice.set("This post is " + start.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " and cannot be changed. Duplicate it to make a new version.");
        }
    }

    // ------------------------------------------------------------------ editing

    /** Applies an edit unless it breaks a platform limit, in which case the notice says why. */
    public boolean edit(PostEdit edit) {
        if (!editable.get()) {
            return false;
        }
        Post before = history.current();
        Post after = edit.apply(before);
        List<Problem> introduced = new ArrayList<>(PostRules.limits(after));
        introduced.removeAll(PostRules.limits(before));
        if (!introduced.isEmpty()) {
            notice.set(introduced.get(0).message());
            return false;
        }
        history.apply(edit);
        afterEdit();
        return true;
    }

    private void afterEdit() {
        publishState();
        if (post.get().status() != PublishState.DRAFT) {
            unsavedChanges.set(true);
        }
        saving.autosaveSoon();
    }

    public void undo() {
        if (editable.get() && history.canUndo()) {
            history.undo();
            clampSelection();
            afterEdit();
        }
    }

    public void redo() {
        if (editable.get() && history.canRedo()) {
            history.redo();
            clampSelection();
            afterEdit();
        }
    }

    /** Ends a run of merged edits (typing, a drag): the next one is a new undo step. */
    public void sealEdit() {
        history.seal();
        publishState();
    }

    public void editCaption(String text) {
        if (!text.equals(post.get().caption())) {
            edit(new PostEdit.EditCaption(text));
        }
    }

    /** Interests typed as "home decor, lighting"; duplicates dropped. */
    public void editInterests(String text) {
        Set<String> seen = new HashSet<>();
        List<String> topics = new ArrayList<>();
        for (String part : text.split(",")) {
            String topic = part.strip();
            if (!topic.isEmpty() && seen.add(topic.toLowerCase(java.util.Locale.ROOT))) {
                topics.add(topic);
            }
        }
        if (!topics.equals(post.get().interests())) {
            edit(new PostEdit.SetInterests(topics));
        }
    }

    /**
     * Sets the publication time from the date, "HH:mm" and the zone the person chose; a time that
     * cannot be read is reported and the schedule left as it was.
     */
    public boolean editSchedule(LocalDate date, String timeText, ZoneId zone) {
        if (date == null) {
            return edit(new PostEdit.SetSchedule(null, zone));
        }
        LocalTime time;
        try {
            time = LocalTime.parse(timeText == null || timeText.isBlank() ? "09:00" : timeText.strip());
        } catch (DateTimeParseException e) {
            notice.set("\"" + timeText + "\" is not a time. Type it as HH:mm, e.g. 18:30.");
            return false;
        }
        Instant at = date.atTime(time).atZone(zone).toInstant();
        return edit(new PostEdit.SetSchedule(at, zone));
    }

    /** Keeps the selected photo and pin within the post after photos or pins went away. */
    void clampSelection() {
        int size = history.current().images().size();
        if (selectedImage.get() >= size) {
            selectedImage.set(size - 1);
        } else if (selectedImage.get() < 0 && size > 0) {
            selectedImage.set(0);
        }
        if (selectedTag.get() >= history.current().tags().size()) {
            selectedTag.set(-1);
        }
    }

    private void publishState0() {
        Post current = history.current();
        post.set(current);
        captionStats.set(CaptionStats.of(current.caption()));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        recheck(current);
        loadMissingItems(current);
    }

    private void recheck(Post current) {
        long sequence = ++checkSequence;
        tasks.submitQuietly(progress -> feature.posts().check(current, current.scheduledAt() != null
                && current.status() != PublishState.PUBLISHED), found -> {
                    if (sequence == checkSequence) {
                        problems.setAll(found);
                    }
                }, error -> { });
    }

    private void loadMissingItems(Post current) {
        List<String> missing = current.tags().stream().map(Tag::itemId).distinct().filter(id -> !items.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            tasks.submitQuietly(progress -> missing.stream().map(feature.catalog()::find).flatMap(java.util.Optional::stream)
                    .toList(), found -> found.forEach(item -> items.put(item.id(), item)), error -> { });
        }
    }

    // ------------------------------------------------------------------ saving

    /** Runs a pending autosave at once (before leaving the post). */
    public void flushAutosave() {
        saving.flush();
    }

    public void saveDraft() {
        saving.saveDraft();
    }

    /** Schedules the post at its chosen time; every rule must pass. */
    public void schedule() {
        saving.schedule();
    }

    public void saveChanges() {
        saving.saveChanges();
    }

    public void unschedule() {
        saving.unschedule();
    }

    public void duplicate() {
        saving.duplicate();
    }

    public void archive() {
        saving.archive();
    }

    /** Drops unsaved changes to a scheduled or published post and reloads the saved one. */
    public void discardChanges() {
        saving.discardChanges();
    }

    /** The edit history of the post being composed (for the saving side, which gives it its id). */
    EditHistory history() {
        return history;
    }

    /** Puts the current state of the history on screen. */
    void publishState() {
        publishState0();
    }

    void openOther(long id) {
        onOpenPost.accept(id);
    }

    void closed() {
        onClosed.run();
    }

    // ------------------------------------------------------------------ properties

    public ZoneId zone() {
        Post current = post.get();
        if (current != null && current.scheduleZone() != null) {
            return current.scheduleZone();
        }
        return brand.get() == null ? ZoneId.systemDefault() : brand.get().timeZone();
    }

    /** The composer's state, for the view to bind to. */
    /** Photo and pin edits. */
    public ComposerPhotos photos() {
        return photos;
    }

    public ComposerState state() {
        return state;
    }

    public PostFeature feature() {
        return feature;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** Called with a post id the composer wants opened (the copy after Duplicate). */
    public void setOnOpenPost(Consumer<Long> handler) {
        this.onOpenPost = handler;
    }

    /** Called when the post left the composer (archived). */
    public void setOnClosed(Runnable handler) {
        this.onClosed = handler;
    }
}
