package io.vitrine.post.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.ui.PublishStateBadge;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.common.Problem;
import io.vitrine.post.CallToAction;
import io.vitrine.post.Post;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.Icons;
import io.vitrine.ui.ImageCache;
import io.vitrine.ui.PlatformMessage;
import io.vitrine.ui.StyleClasses;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The post composer: photos (carousel, crop, pins), caption with live counters, interests, call to action,
 * campaign and schedule on the left; the live feed preview on the right. Binds to {@link ComposerViewModel}
 * and its {@link ComposerDisplay}; the photo area ({@link PhotoEditor}), the pin list ({@link PinList}), the
 * form ({@link PostForm}) and the keys and drops ({@link ComposerInput}) each get the controls they work on.
 */
public final class ComposerView {
    static final List<FileType> PHOTO_FILES = List.of(FileType.of("Photos", "*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp",
            "*.JPG", "*.JPEG", "*.PNG"));
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    @FXML private HBox composerRoot;
    @FXML private Label composerTitle;
    @FXML private Label statusBadge;
    @FXML private Label autosaveLabel;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private HBox noticeBox;
    @FXML private Label platformMessage;
    @FXML private Label noticeLabel;
    @FXML private Button discardChangesButton;
    @FXML private HBox carouselHost;
    @FXML private Button addPhotoButton;
    @FXML private ToggleButton cropOriginal;
    @FXML private ToggleButton cropSquare;
    @FXML private ToggleButton cropPortrait;
    @FXML private ToggleButton cropLandscape;
    @FXML private Label cropHint;
    @FXML private StackPane canvasHost;
    @FXML private Label pinHelp;
    @FXML private VBox pickerBox;
    @FXML private StackPane pickerHost;
    @FXML private VBox pinListBox;
    @FXML private TextArea captionArea;
    @FXML private Label characterCount;
    @FXML private Label hashtagCount;
    @FXML private Label mentionCount;
    @FXML private TextField interestsField;
    @FXML private ComboBox<CallToAction> ctaChoice;
    @FXML private ComboBox<Campaign> campaignChoice;
    @FXML private DatePicker scheduleDate;
    @FXML private TextField scheduleTime;
    @FXML private ComboBox<ZoneId> scheduleZone;
    @FXML private Label scheduleUtc;
    @FXML private VBox problemsBox;
    @FXML private Button scheduleButton;
    @FXML private Button saveDraftButton;
    @FXML private Button saveChangesButton;
    @FXML private Button unscheduleButton;
    @FXML private Button duplicateButton;
    @FXML private Button resultsButton;
    @FXML private Button archiveButton;
    @FXML private StackPane phoneFrame;
    @FXML private ToggleButton darkPreviewToggle;
    @FXML private ToggleButton previewToggle;
    @FXML private VBox previewColumn;

    private final Parent root;
    private final ComposerViewModel model;
    private final DialogService dialogs;
    private final FeedPreview preview;
    private final PhotoEditor photos;
    private final PinList pins;
    private final PostForm form;

    public ComposerView(ComposerViewModel model, ImageCache images, ProductPicker picker, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.preview = new FeedPreview(images);
        root = ViewLoader.load(this);
        CarouselStrip carousel = new CarouselStrip(images);
        TagPinCanvas canvas = new TagPinCanvas();
        carouselHost.getChildren().add(0, carousel);
        canvasHost.getChildren().add(0, canvas);
        pickerHost.getChildren().add(picker);
        phoneFrame.getChildren().add(preview);
        ToggleGroup crops = new ToggleGroup();
        for (ToggleButton crop : List.of(cropOriginal, cropSquare, cropPortrait, cropLandscape)) {
            crop.setToggleGroup(crops);
        }
        photos = new PhotoEditor(model, images, carousel, canvas, crops, cropHint, pickerBox, picker);
        pins = new PinList(model, pinListBox, canvas);
        form = new PostForm(model, new PostForm.Controls(captionArea, interestsField, ctaChoice, campaignChoice, scheduleDate,
                scheduleTime, scheduleZone));
        new ComposerInput(model, composerRoot).wire();
        bindHeader();
        bindDisplay();
        bindRedraws();
        render(model.state().postProperty().get());
    }

    private void bindHeader() {
        ComposerState state = model.state();
        undoButton.setGraphic(Icons.of(Feather.CORNER_UP_LEFT));
        redoButton.setGraphic(Icons.of(Feather.CORNER_UP_RIGHT));
        undoButton.setTooltip(new Tooltip());
        redoButton.setTooltip(new Tooltip());
        undoButton.getTooltip().textProperty().bind(state.undoTextProperty().concat(" (Ctrl+Z)"));
        redoButton.getTooltip().textProperty().bind(state.redoTextProperty().concat(" (Ctrl+Shift+Z)"));
        undoButton.accessibleTextProperty().bind(state.undoTextProperty());
        redoButton.accessibleTextProperty().bind(state.redoTextProperty());
        undoButton.disableProperty().bind(state.canUndoProperty().not());
        redoButton.disableProperty().bind(state.canRedoProperty().not());
        previewColumn.visibleProperty().bind(previewToggle.selectedProperty());
        previewColumn.managedProperty().bind(previewToggle.selectedProperty());
        autosaveLabel.textProperty().bind(state.autosaveStatusProperty());
        PlatformMessage.prepare(platformMessage);
        noticeLabel.textProperty().bind(state.noticeProperty());
        noticeBox.visibleProperty().bind(state.noticeProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());
        discardChangesButton.visibleProperty().bind(state.unsavedChangesProperty());
        discardChangesButton.managedProperty().bind(discardChangesButton.visibleProperty());
        pickerBox.visibleProperty().bind(state.pendingPinProperty().isNotNull());
        pickerBox.managedProperty().bind(pickerBox.visibleProperty());
        for (Node control : List.of(addPhotoButton, cropOriginal, cropSquare, cropPortrait, cropLandscape, captionArea,
                interestsField, ctaChoice, campaignChoice, scheduleDate, scheduleTime, scheduleZone)) {
            control.disableProperty().bind(state.editableProperty().not());
        }
        darkPreviewToggle.selectedProperty().addListener((obs, old, dark) -> preview.setDark(dark));
    }

    /** What the composer's rules say of the post: title, counters, schedule line, which commands apply. */
    private void bindDisplay() {
        ComposerDisplay display = model.display();
        composerTitle.textProperty().bind(display.titleProperty());
        characterCount.textProperty().bind(display.charactersProperty());
        hashtagCount.textProperty().bind(display.hashtagsProperty());
        mentionCount.textProperty().bind(display.mentionsProperty());
        flag(characterCount, display.tooManyCharactersProperty());
        flag(hashtagCount, display.tooManyHashtagsProperty());
        scheduleUtc.textProperty().bind(display.scheduleLineProperty());
        showWhen(scheduleButton, display.canScheduleProperty());
        showWhen(saveDraftButton, display.canSaveDraftProperty());
        showWhen(saveChangesButton, display.canSaveChangesProperty());
        showWhen(unscheduleButton, display.canUnscheduleProperty());
        showWhen(duplicateButton, display.canDuplicateProperty());
        showWhen(resultsButton, display.hasResultsProperty());
        showWhen(archiveButton, display.canArchiveProperty());
        showWhen(pinHelp, display.pinHelpProperty());
    }

    /** The post, the photo or pin in focus, a waiting pin, the pins' products: each redraws what depends on it. */
    private void bindRedraws() {
        ComposerState state = model.state();
        state.postProperty().addListener((obs, old, post) -> render(post));
        state.selectedImageProperty().addListener((obs, old, now) -> redraw());
        state.selectedTagProperty().addListener((obs, old, now) -> redraw());
        state.pendingPinProperty().addListener((obs, old, pin) -> {
            redraw();
            photos.pendingChanged(old, pin); // after the redraw: the picker is on screen, or the pin is
        });
        state.items().addListener((MapChangeListener<String, Object>) change -> redraw());
        state.brandProperty().addListener((obs, old, brand) -> redraw());
        state.problems().addListener((ListChangeListener<Problem>) change -> showProblems());
    }

    private void redraw() {
        render(model.state().postProperty().get());
    }

    private void render(Post post) {
        if (post == null) {
            return;
        }
        PublishStateBadge.apply(statusBadge, post.status());
        PlatformMessage.show(platformMessage, model.display().platformMessageProperty().get(),
                model.display().failedProperty().get());
        photos.show(post);
        pins.show(post);
        form.show(post);
        int selected = model.state().selectedImageProperty().get();
        preview.show(post, model.state().brandProperty().get(), model.state().items(), Math.max(0, selected));
    }

    private void showProblems() {
        problemsBox.getChildren().clear();
        for (Problem problem : model.state().problems()) {
            Label label = new Label(problem.message(), Icons.of(problem.isError() ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE));
            label.setWrapText(true);
            label.getStyleClass().add(problem.isError() ? StyleClasses.PROBLEM_ERROR : StyleClasses.PROBLEM_WARNING);
            problemsBox.getChildren().add(label);
        }
    }

    private static void flag(Label counter, ObservableBooleanValue over) {
        counter.pseudoClassStateChanged(OVER, over.get());
        over.addListener((obs, was, now) -> counter.pseudoClassStateChanged(OVER, now));
    }

    private static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** Campaigns to choose from (with "No campaign"). */
    public void setCampaigns(List<Campaign> campaigns) {
        form.setCampaigns(campaigns, model.state().postProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** A published post's results, in Insights. */
    @FXML
    private void openResults() {
        model.openResults();
    }

    public ComposerViewModel model() {
        return model;
    }

    // ------------------------------------------------------------------ actions from FXML

    @FXML
    void undo() {
        model.undo();
    }

    @FXML
    void redo() {
        model.redo();
    }

    @FXML
    void addPhotos() {
        dialogs.chooseFileToOpen("Add photos", PHOTO_FILES).ifPresent(file -> model.photos().addPhotos(List.of(file)));
    }

    @FXML
    void cancelPin() {
        model.photos().cancelPin();
    }

    @FXML
    void schedule() {
        form.commitPending();
        model.schedule();
    }

    @FXML
    void saveDraft() {
        form.commitPending();
        model.saveDraft();
    }

    @FXML
    void saveChanges() {
        form.commitPending();
        model.saveChanges();
    }

    @FXML
    void unschedule() {
        model.unschedule();
    }

    @FXML
    void duplicate() {
        model.duplicate();
    }

    @FXML
    void archive() {
        model.archive();
    }

    @FXML
    void discardChanges() {
        model.discardChanges();
    }
}
