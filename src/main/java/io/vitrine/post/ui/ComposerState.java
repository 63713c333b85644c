package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Problem;
import io.vitrine.post.CaptionStats;
import io.vitrine.post.Post;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What the composer shows, as properties the view binds to: the post being composed, the photo and
 * pin in focus, the pin waiting for its product, the products of the pins, the problems, counters,
 * undo/redo labels and the autosave line. Changed only by {@link ComposerViewModel}, on the FX thread.
 */
public final class ComposerState {
    final ObjectProperty<Post> post = new SimpleObjectProperty<>(Post.newDraft(0));
    final ObjectProperty<BrandProfile> brand = new SimpleObjectProperty<>();
    final IntegerProperty selectedImage = new SimpleIntegerProperty(-1);
    final IntegerProperty selectedTag = new SimpleIntegerProperty(-1);
    final ObjectProperty<ComposerViewModel.PendingPin> pendingPin = new SimpleObjectProperty<>();
    final ObservableMap<String, ItemSummary> items = FXCollections.observableHashMap();
    final ObservableList<Problem> problems = FXCollections.observableArrayList();
    final ObjectProperty<CaptionStats> captionStats = new SimpleObjectProperty<>(CaptionStats.of(""));
    final StringProperty autosaveStatus = new SimpleStringProperty("");
    final StringProperty notice = new SimpleStringProperty("");
    final StringProperty undoText = new SimpleStringProperty("Undo");
    final StringProperty redoText = new SimpleStringProperty("Redo");
    final BooleanProperty canUndo = new SimpleBooleanProperty();
    final BooleanProperty canRedo = new SimpleBooleanProperty();
    final BooleanProperty editable = new SimpleBooleanProperty(true);
    final BooleanProperty unsavedChanges = new SimpleBooleanProperty();

    public ObjectProperty<Post> postProperty() {
        return post;
    }

    public ObjectProperty<BrandProfile> brandProperty() {
        return brand;
    }

    public IntegerProperty selectedImageProperty() {
        return selectedImage;
    }

    public IntegerProperty selectedTagProperty() {
        return selectedTag;
    }

    public ObjectProperty<ComposerViewModel.PendingPin> pendingPinProperty() {
        return pendingPin;
    }

    public ObservableMap<String, ItemSummary> items() {
        return items;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObjectProperty<CaptionStats> captionStatsProperty() {
        return captionStats;
    }

    public StringProperty autosaveStatusProperty() {
        return autosaveStatus;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public BooleanProperty unsavedChangesProperty() {
        return unsavedChanges;
    }
}
