package io.vitrine.post.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.ui.ZoneChoices;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.CallToAction;
import io.vitrine.post.CaptionStats;
import io.vitrine.post.Post;
import io.vitrine.post.PostRules;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.Icons;
import io.vitrine.ui.PlatformMessage;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.List;
import javafx.fxml.FXML;
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
 * The post composer: photos (carousel, crop, pins), caption with live counters, interests, call to
 * action, campaign and schedule on the left; the live feed preview on the right. Binds to
 * {@link ComposerViewModel} and forwards what the person does; input plumbing lives in {@link ComposerInput}.
 */
public final class ComposerView {
    static final List<FileType> PHOTO_FILES = List.of(FileType.of("Photos", "*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp",
            "*.JPG", "*.JPEG", "*.PNG"));

    @FXML HBox composerRoot;
    @FXML Label composerTitle;
    @FXML Label statusBadge;
    @FXML Label autosaveLabel;
    @FXML Button undoButton;
    @FXML Button redoButton;
    @FXML HBox noticeBox;
    @FXML Label platformMessage;
    @FXML Label noticeLabel;
    @FXML Button discardChangesButton;
    @FXML HBox carouselHost;
    @FXML Button addPhotoButton;
    @FXML ToggleButton cropOriginal;
    @FXML ToggleButton cropSquare;
    @FXML ToggleButton cropPortrait;
    @FXML ToggleButton cropLandscape;
    @FXML Label cropHint;
    @FXML StackPane canvasHost;
    @FXML Label pinHelp;
    @FXML VBox pickerBox;
    @FXML StackPane pickerHost;
    @FXML VBox pinListBox;
    @FXML TextArea captionArea;
    @FXML Label characterCount;
    @FXML Label hashtagCount;
    @FXML Label mentionCount;
    @FXML TextField interestsField;
    @FXML ComboBox<CallToAction> ctaChoice;
    @FXML ComboBox<Campaign> campaignChoice;
    @FXML DatePicker scheduleDate;
    @FXML TextField scheduleTime;
    @FXML ComboBox<ZoneId> scheduleZone;
    @FXML Label scheduleUtc;
    @FXML VBox problemsBox;
    @FXML Button scheduleButton;
    @FXML Button saveDraftButton;
    @FXML Button saveChangesButton;
    @FXML Button unscheduleButton;
    @FXML Button duplicateButton;
    @FXML Button archiveButton;
    @FXML StackPane phoneFrame;
    @FXML ToggleButton darkPreviewToggle;
    @FXML ToggleButton previewToggle;
    @FXML VBox previewColumn;

    private final Parent root;
    private final ComposerViewModel model;
    private final DialogService dialogs;
    final TagPinCanvas canvas = new TagPinCanvas();
    final CarouselStrip carousel;
    final FeedPreview preview;
    final ProductPicker picker;
    private final ToggleGroup cropGroup = new ToggleGroup();
    private final ComposerRenderer renderer;

    public ComposerView(ComposerViewModel model, ImageCache images, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.carousel = new CarouselStrip(images);
        this.preview = new FeedPreview(images);
        this.picker = new ProductPicker(model.feature().catalog(), model.tasks());
        root = ViewLoader.load(this);
        carouselHost.getChildren().add(0, carousel);
        canvasHost.getChildren().add(0, canvas);
        pickerHost.getChildren().add(picker);
        phoneFrame.getChildren().add(preview);
        for (ToggleButton crop : List.of(cropOriginal, cropSquare, cropPortrait, cropLandscape)) {
            crop.setToggleGroup(cropGroup);
        }
        ctaChoice.getItems().add(null);
        ctaChoice.getItems().addAll(CallToAction.values());
        ctaChoice.setConverter(Converters.displaying(CallToAction::label));
        campaignChoice.setConverter(Converters.displaying(Campaign::name));
        scheduleZone.setConverter(Converters.displaying(ZoneChoices::label));
        renderer = new ComposerRenderer(this, model, images);
        new ComposerInput(this, model).wire();
        bind();
    }

    private void bind() {
        undoButton.setGraphic(Icons.of(Feather.CORNER_UP_LEFT));
        redoButton.setGraphic(Icons.of(Feather.CORNER_UP_RIGHT));
        undoButton.setTooltip(new Tooltip());
        redoButton.setTooltip(new Tooltip());
        undoButton.getTooltip().textProperty().bind(model.state().undoTextProperty().concat(" (Ctrl+Z)"));
        redoButton.getTooltip().textProperty().bind(model.state().redoTextProperty().concat(" (Ctrl+Shift+Z)"));
        undoButton.accessibleTextProperty().bind(model.state().undoTextProperty());
        redoButton.accessibleTextProperty().bind(model.state().redoTextProperty());
        previewColumn.visibleProperty().bind(previewToggle.selectedProperty());
        previewColumn.managedProperty().bind(previewToggle.selectedProperty());
        undoButton.disableProperty().bind(model.state().canUndoProperty().not());
        redoButton.disableProperty().bind(model.state().canRedoProperty().not());
        autosaveLabel.textProperty().bind(model.state().autosaveStatusProperty());
        PlatformMessage.prepare(platformMessage);
        noticeLabel.textProperty().bind(model.state().noticeProperty());
        noticeBox.visibleProperty().bind(model.state().noticeProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());
        discardChangesButton.visibleProperty().bind(model.state().unsavedChangesProperty());
        discardChangesButton.managedProperty().bind(discardChangesButton.visibleProperty());
        pickerBox.visibleProperty().bind(model.state().pendingPinProperty().isNotNull());
        pickerBox.managedProperty().bind(pickerBox.visibleProperty());
        for (var control : List.of(addPhotoButton, cropOriginal, cropSquare, cropPortrait, cropLandscape, captionArea,
                interestsField, ctaChoice, campaignChoice, scheduleDate, scheduleTime, scheduleZone)) {
            control.disableProperty().bind(model.state().editableProperty().not());
        }
        model.state().postProperty().addListener((obs, old, post) -> renderer.render(post));
        model.state().selectedImageProperty().addListener((obs, old, now) -> renderer.render(model.state().postProperty().get()));
        model.state().selectedTagProperty().addListener((obs, old, now) -> renderer.render(model.state().postProperty().get()));
        model.state().pendingPinProperty().addListener((obs, old, pin) -> {
            renderer.render(model.state().postProperty().get());
            if (pin != null) {
                picker.clear();
                picker.requestFocus();
            } else if (old != null) {
                // the picker is gone: keep the focus on the photo, so the editor does not jump elsewhere
                int tag = model.state().selectedTagProperty().get();
                if (tag >= 0) {
                    canvas.focusPin(tag);
                } else {
                    canvas.requestFocus();
                }
            }
        });
        model.state().items().addListener((javafx.collections.MapChangeListener<String, Object>) change ->
                renderer.render(model.state().postProperty().get()));
        model.state().captionStatsProperty().addListener((obs, old, stats) -> showCounters(stats));
        model.state().problems().addListener((javafx.collections.ListChangeListener<Object>) change -> renderer.showProblems());
        model.state().brandProperty().addListener((obs, old, brand) -> renderer.render(model.state().postProperty().get()));
        darkPreviewToggle.selectedProperty().addListener((obs, old, dark) -> preview.setDark(dark));
        showCounters(model.state().captionStatsProperty().get());
        renderer.render(model.state().postProperty().get());
    }

    private void showCounters(CaptionStats stats) {
        characterCount.setText(String.format("%,d / %,d characters", stats.characters(), PostRules.MAX_CAPTION_CHARACTERS));
        hashtagCount.setText(stats.hashtagCount() + " / " + PostRules.MAX_HASHTAGS + " hashtags");
        mentionCount.setText(stats.mentionCount() + (stats.mentionCount() == 1 ? " mention" : " mentions"));
        flag(characterCount, stats.characters() > PostRules.MAX_CAPTION_CHARACTERS);
        flag(hashtagCount, stats.hashtagCount() > PostRules.MAX_HASHTAGS);
    }

    static void flag(Label label, boolean over) {
        label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), over);
    }

    /** Campaigns to choose from (with "No campaign"). */
    public void setCampaigns(List<Campaign> campaigns) {
        Campaign chosen = campaignChoice.getValue();
        campaignChoice.getItems().setAll((Campaign) null);
        campaignChoice.getItems().addAll(campaigns);
        renderer.render(model.state().postProperty().get());
        if (chosen == null) {
            campaignChoice.setValue(null);
        }
    }

    public Parent root() {
        return root;
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
        renderer.commitPendingFields();
        model.schedule();
    }

    @FXML
    void saveDraft() {
        renderer.commitPendingFields();
        model.saveDraft();
    }

    @FXML
    void saveChanges() {
        renderer.commitPendingFields();
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

    boolean rendererUpdating() {
        return renderer.updating();
    }

    ToggleGroup cropGroup() {
        return cropGroup;
    }

    static AspectRatio aspectOf(ToggleButton button) {
        return AspectRatio.fromCode((String) button.getUserData());
    }

    static boolean isScheduled(Post post) {
        return post.status() == PublishState.SCHEDULED;
    }
}
