package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.PublishState;
import io.vitrine.common.EditHistory;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.post.CallToAction;
import io.vitrine.post.Post;
import io.vitrine.post.PostEdit;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostRules;
import io.vitrine.post.Tag;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.OpenItem;
import io.vitrine.ui.TaskExecutor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The composer's commands over its {@link ComposerState}. Every change is a {@link PostEdit} through one undo
 * history, checked against the platform limits before it lands, then autosaved ({@link ComposerSaving}): drafts
 * straight into the workspace, edits to scheduled or published posts aside until saved. Photo and pin commands
 * are {@link #photos()}; what the screen shows of the post is {@link #display()}.
 */
public final class ComposerViewModel {
    /** A pin dropped on the photo, waiting for its product. */
    public record PendingPin(int image, double x, double y) {
    }

    private final PostFeature feature;
    private final TaskExecutor tasks;
    private final EventBus events;
    private final ComposerState state = new ComposerState();
    private final ComposerDisplay display = new ComposerDisplay();
    private final ComposerSaving saving;
    private final ComposerPhotos photos;
    private final LatestResult checks = new LatestResult();
    private EditHistory<Post> history = PostEdit.history(Post.newDraft(0));
    private Consumer<Long> onOpenPost = id -> { };
    private Runnable onClosed = () -> { };

    public ComposerViewModel(PostFeature feature, TaskExecutor tasks, DialogService dialogs, EventBus events,
                             AutosaveTimer autosave) {
        this.feature = feature;
        this.tasks = tasks;
        this.events = events;
        this.saving = new ComposerSaving(feature, tasks, dialogs, events, autosave, new ComposerHost(this));
        this.photos = new ComposerPhotos(this, state);
        showHistory();
    }

    // ------------------------------------------------------------------ opening

    /** Starts a new draft for a brand, planned in the brand's time zone. */
    public void startNew(BrandProfile profile) {
        flushAutosave();
        state.brand.set(profile);
        reset(Post.newDraft(profile.id()).withSchedule(null, profile.timeZone()));
        publishState();
    }

    /** Asks the shell to show this post's results in Insights. */
    public void openResults() {
        Post current = state.postProperty().get();
        if (current != null && !current.isNew()) {
            events.publish(new OpenItem(OpenItem.Kind.POST_RESULTS, current.id()));
        }
    }

    /** Opens a saved post; unsaved changes kept by autosave (a crash, say) are put back, one undo away. */
    public void open(long postId) {
        flushAutosave();
        tasks.submit("Opening post " + postId, progress -> OpenedPost.load(feature, postId), this::show);
    }

    private void show(OpenedPost opened) {
        state.brand.set(opened.brand());
        reset(opened.post());
        state.items.putAll(opened.items());
        opened.unsaved().ifPresent(kept -> {
            history.apply(new PostEdit.RestoreContent(kept.state()));
            state.unsavedChanges.set(true);
            state.notice.set("Restored changes you had not saved (kept " + Formats.dateTime(kept.savedAt(), zoneOf(history.current()))
                    + "). Save them, or Undo to go back to the saved post.");
        });
        publishState();
    }

    private void reset(Post start) {
        saving.reset(start);
        history = PostEdit.history(start);
        state.selectedImage.set(start.images().isEmpty() ? -1 : 0);
        state.selectedTag.set(-1);
        state.pendingPin.set(null);
        state.notice.set("");
        state.autosaveStatus.set(start.isNew() ? "" : "Saved");
        state.unsavedChanges.set(false);
        state.editable.set(start.editable());
        if (!start.editable()) {
            state.notice.set("This post is " + start.status().label().toLowerCase(Locale.ROOT)
                    + " and cannot be changed. Duplicate it to make a new version.");
        }
    }

    // ------------------------------------------------------------------ editing

    /** Applies an edit unless it breaks a platform limit, in which case the notice says why. */
    public boolean edit(PostEdit edit) {
        if (!state.editable.get()) {
            return false;
        }
        Post before = history.current();
        List<Problem> introduced = new ArrayList<>(PostRules.limits(edit.apply(before)));
        introduced.removeAll(PostRules.limits(before));
        if (!introduced.isEmpty()) {
            state.notice.set(introduced.get(0).message());
            return false;
        }
        history.apply(edit);
        afterEdit();
        return true;
    }

    private void afterEdit() {
        publishState();
        if (history.current().status() != PublishState.DRAFT) {
            state.unsavedChanges.set(true);
        }
        saving.autosaveSoon();
    }

    public void undo() {
        if (state.editable.get() && history.canUndo()) {
            history.undo();
            clampSelection();
            afterEdit();
        }
    }

    public void redo() {
        if (state.editable.get() && history.canRedo()) {
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
        if (!text.equals(history.current().caption())) {
            edit(new PostEdit.EditCaption(text));
        }
    }

    /** Interests typed as "home decor, lighting"; duplicates dropped. */
    public void editInterests(String text) {
        Set<String> seen = new HashSet<>();
        List<String> topics = new ArrayList<>();
        for (String part : text.split(",")) {
            String topic = part.strip();
            if (!topic.isEmpty() && seen.add(topic.toLowerCase(Locale.ROOT))) {
                topics.add(topic);
            }
        }
        if (!topics.equals(history.current().interests())) {
            edit(new PostEdit.SetInterests(topics));
        }
    }

    public void setCallToAction(CallToAction action) {
        edit(new PostEdit.SetCallToAction(action));
    }

    /** The campaign the post belongs to (null: none). */
    public void setCampaign(Long campaignId) {
        edit(new PostEdit.SetCampaign(campaignId));
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
            state.notice.set("\"" + timeText + "\" is not a time. Type it as HH:mm, e.g. 18:30.");
            return false;
        }
        return edit(new PostEdit.SetSchedule(date.atTime(time).atZone(zone).toInstant(), zone));
    }

    /** Keeps the selected photo and pin within the post after photos or pins went away. */
    void clampSelection() {
        int size = history.current().images().size();
        if (state.selectedImage.get() >= size) {
            state.selectedImage.set(size - 1);
        } else if (state.selectedImage.get() < 0 && size > 0) {
            state.selectedImage.set(0);
        }
        if (state.selectedTag.get() >= history.current().tags().size()) {
            state.selectedTag.set(-1);
        }
    }

    /** Puts the current state of the history on screen, then checks it and looks up its products. */
    void publishState() {
        Post current = showHistory();
        recheck(current);
        loadMissingItems(current);
    }

    private Post showHistory() {
        Post current = history.current();
        display.update(current, state.brand.get(), state.editable.get(), zoneOf(current)); // before the post: its listeners read it
        state.post.set(current);
        state.canUndo.set(history.canUndo());
        state.canRedo.set(history.canRedo());
        state.undoText.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        state.redoText.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        return current;
    }

    /** The rules, off the FX thread; a check that could not run says so, so the post never merely looks fine. */
    private void recheck(Post current) {
        boolean toSchedule = current.scheduledAt() != null && current.status() != PublishState.PUBLISHED;
        LatestResult.Request check = checks.next();
        tasks.submitQuietly(progress -> feature.posts().check(current, toSchedule), check.deliver(state.problems::setAll),
                check.deliver(error -> state.problems.setAll(Problem.error("post",
                        "The post could not be checked: " + VitrineException.describe(error)))));
    }

    private void loadMissingItems(Post current) {
        List<String> missing = current.tags().stream().map(Tag::itemId).distinct().filter(id -> !state.items.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            tasks.submitQuietly("The pinned products could not be read", progress -> missing.stream().map(feature.catalog()::find)
                    .flatMap(Optional::stream).toList(), found -> found.forEach(item -> state.items.put(item.id(), item)));
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

    // ------------------------------------------------------------------ for the composer's other classes

    /** The post being composed, with the id and status the last save gave it. */
    EditHistory<Post> history() {
        return history;
    }

    void openOther(long id) {
        onOpenPost.accept(id);
    }

    void closed() {
        onClosed.run();
    }

    PostFeature feature() {
        return feature;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    // ------------------------------------------------------------------ state and handlers

    /** The zone the post is planned in: the one chosen for it, else its brand's. */
    public ZoneId zone() {
        return zoneOf(state.post.get());
    }

    private ZoneId zoneOf(Post current) {
        if (current != null && current.scheduleZone() != null) {
            return current.scheduleZone();
        }
        return state.brand.get() == null ? ZoneId.systemDefault() : state.brand.get().timeZone();
    }

    /** Photo and pin commands. */
    public ComposerPhotos photos() {
        return photos;
    }

    public ComposerState state() {
        return state;
    }

    /** What the screen shows of the post: title, commands that apply, counters, schedule. */
    public ComposerDisplay display() {
        return display;
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
