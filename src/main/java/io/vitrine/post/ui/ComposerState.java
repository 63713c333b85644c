package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Problem;
import io.vitrine.post.Post;
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
 * What the composer shows, as read-only properties the view binds to: the post being composed, the photo and
 * pin in focus, the pin waiting for its product, the products of the pins, the problems, undo/redo labels and
 * the autosave line. Changed only by the composer's view-model side ({@link ComposerViewModel},
 * {@link ComposerPhotos}, the saving side), on the FX thread; the view changes it through their commands.
 */
public final class ComposerState {
    final ReadOnlyObjectWrapper<Post> post = new ReadOnlyObjectWrapper<>(Post.newDraft(0));
    final ReadOnlyObjectWrapper<BrandProfile> brand = new ReadOnlyObjectWrapper<>();
    final ReadOnlyIntegerWrapper selectedImage = new ReadOnlyIntegerWrapper(-1);
    final ReadOnlyIntegerWrapper selectedTag = new ReadOnlyIntegerWrapper(-1);
    final ReadOnlyObjectWrapper<ComposerViewModel.PendingPin> pendingPin = new ReadOnlyObjectWrapper<>();
    final ObservableMap<String, ItemSummary> items = FXCollections.observableHashMap();
    final ObservableList<Problem> problems = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper autosaveStatus = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    final ReadOnlyBooleanWrapper unsavedChanges = new ReadOnlyBooleanWrapper();
    private final ObservableMap<String, ItemSummary> itemsView = FXCollections.unmodifiableObservableMap(items);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);

    public ReadOnlyObjectProperty<Post> postProperty() {
        return post.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrandProfile> brandProperty() {
        return brand.getReadOnlyProperty();
    }

    /** The photo shown on the canvas (-1: none). */
    public ReadOnlyIntegerProperty selectedImageProperty() {
        return selectedImage.getReadOnlyProperty();
    }

    /** The pin in focus, as its place in the post's tag list (-1: none). */
    public ReadOnlyIntegerProperty selectedTagProperty() {
        return selectedTag.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComposerViewModel.PendingPin> pendingPinProperty() {
        return pendingPin.getReadOnlyProperty();
    }

    /** The catalog items the pins point at, by id (those found so far). */
    public ObservableMap<String, ItemSummary> items() {
        return itemsView;
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ReadOnlyStringProperty autosaveStatusProperty() {
        return autosaveStatus.getReadOnlyProperty();
    }

    /** What the last command said (a limit reached, a save done); empty when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Edits to a scheduled or published post that wait to be saved (or discarded). */
    public ReadOnlyBooleanProperty unsavedChangesProperty() {
        return unsavedChanges.getReadOnlyProperty();
    }
}
