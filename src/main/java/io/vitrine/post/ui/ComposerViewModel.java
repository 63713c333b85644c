package io.vitrine.post.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.image.StoredImage;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.BrandProfile;
import io.vitrine.post.CaptionStats;
import io.vitrine.post.Crop;
import io.vitrine.post.EditHistory;
import io.vitrine.post.Post;
import io.vitrine.post.PostEdit;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostRules;
import io.vitrine.post.PostStatus;
import io.vitrine.post.Tag;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
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
        editable.set(start.status().editable());
        if (!start.status().editable()) {
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
        if (post.get().status() != PostStatus.DRAFT) {
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

    public void addPhotos(List<Path> files) {
        int room = PostRules.MAX_IMAGES - post.get().images().size();
        if (room <= 0) {
            notice.set("A post can have at most " + PostRules.MAX_IMAGES + " photos. Remove one to add another.");
            return;
        }
        List<Path> accepted = files.size() > room ? files.subList(0, room) : files;
        String skipped = files.size() > room ? " " + (files.size() - room) + " more did not fit: a post has at most "
                + PostRules.MAX_IMAGES + " photos." : "";
        tasks.submit("Adding " + accepted.size() + " photo(s)", progress -> {
            List<StoredImage> stored = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path file : accepted) {
                progress.checkCancelled();
                try {
                    stored.add(feature.images().put(file));
                } catch (io.vitrine.common.VitrineException e) {
                    refused.add(e.getMessage()); // one bad file does not stop the others
                }
            }
            return java.util.Map.entry(stored, refused);
        }, result -> {
            result.getKey().forEach(this::addStored);
            String problems = String.join(" ", result.getValue()) + skipped;
            if (!problems.isBlank()) {
                notice.set(problems.strip() + (result.getValue().isEmpty() ? "" : " Use PNG, JPEG, GIF or WebP photos under 30 MB."));
            }
        });
    }

    /** Adds a picture pasted from the clipboard (stored as PNG). */
    public void addPastedPicture(java.awt.image.BufferedImage picture) {
        tasks.submit("Adding the pasted picture", progress -> feature.images().put(picture, "Pasted picture"), this::addStored);
    }

    private void addStored(StoredImage image) {
        if (edit(new PostEdit.AddImage(PostImage.uncropped(image.sha256(), image.width(), image.height())))) {
            selectedImage.set(post.get().images().size() - 1);
        }
    }

    public void removePhoto(int position) {
        if (edit(new PostEdit.RemoveImage(position))) {
            clampSelection();
        }
    }

    public void movePhoto(int from, int to) {
        int size = post.get().images().size();
        if (from == to || from < 0 || to < 0 || from >= size || to >= size) {
            return;
        }
        if (edit(new PostEdit.MoveImage(from, to))) {
            selectedImage.set(to);
            sealEdit();
        }
    }

    public void cropTo(AspectRatio aspect) {
        PostImage image = currentImage();
        if (image != null) {
            edit(new PostEdit.CropImage(selectedImage.get(), aspect, Crop.centred(image.width(), image.height(), aspect)));
            sealEdit();
        }
    }

    /** Moves the crop window over the photo (fractions of the photo). */
    public void panCrop(double dx, double dy) {
        PostImage image = currentImage();
        if (image != null && image.aspect() != AspectRatio.ORIGINAL) {
            edit(new PostEdit.CropImage(selectedImage.get(), image.aspect(), image.crop().movedBy(dx, dy)));
        }
    }

    /** A click on the photo: remembers where, and waits for the product to be picked. */
    public void dropPin(double x, double y) {
        if (!editable.get() || currentImage() == null) {
            return;
        }
        int image = selectedImage.get();
        if (post.get().tagsOn(image).size() >= PostRules.MAX_TAGS_PER_IMAGE) {
            notice.set("This photo already has " + PostRules.MAX_TAGS_PER_IMAGE + " pins, the most a photo can have."
                    + " Remove one, or pin the product on another photo.");
            return;
        }
        if (post.get().tags().size() >= PostRules.MAX_TAGS_PER_POST) {
            notice.set("This post already tags " + PostRules.MAX_TAGS_PER_POST + " products, the most a post can have.");
            return;
        }
        selectedTag.set(-1);
        pendingPin.set(new PendingPin(image, x, y));
    }

    public void cancelPin() {
        pendingPin.set(null);
    }

    /** The product for the waiting pin; warns when shoppers cannot buy it. */
    public void pickProduct(ItemSummary item) {
        PendingPin pin = pendingPin.get();
        if (pin == null || item == null) {
            return;
        }
        items.put(item.id(), item);
        if (edit(new PostEdit.AddTag(new Tag(pin.image(), item.id(), pin.x(), pin.y())))) {
            pendingPin.set(null);
            selectedTag.set(post.get().tags().size() - 1);
            notice.set(PostRules.tagWarning(item).map(Problem::message).orElse(""));
        }
    }

    public void moveTag(int index, double x, double y, long gesture) {
        edit(new PostEdit.MoveTag(index, x, y, gesture));
    }

    /** Arrow keys: nudges the pin by a step (fractions of the photo). */
    public void nudgeTag(int index, double dx, double dy) {
        Tag tag = post.get().tags().get(index);
        edit(new PostEdit.MoveTag(index, tag.x() + dx, tag.y() + dy, -1));
    }

    public void removeTag(int index) {
        if (edit(new PostEdit.RemoveTag(index))) {
            selectedTag.set(-1);
        }
    }

    public void selectImage(int position) {
        selectedImage.set(position);
        selectedTag.set(-1);
        pendingPin.set(null);
    }

    private PostImage currentImage() {
        int i = selectedImage.get();
        List<PostImage> images = post.get().images();
        return i >= 0 && i < images.size() ? images.get(i) : null;
    }

    private void clampSelection() {
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
                && current.status() != PostStatus.PUBLISHED), found -> {
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
