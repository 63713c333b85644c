package io.vitrine.poll.ui;

import io.vitrine.brand.PublishState;
import io.vitrine.brand.ui.PublishStateBadge;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.common.Problem;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollLimits;
import io.vitrine.poll.PollTargets;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.ImageCache;
import io.vitrine.ui.PlatformMessage;
import io.vitrine.ui.UndoKeys;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The poll builder: binds the form to {@link PollBuilderViewModel} and redraws the preview on every change. */
public final class PollBuilderView {
    static final String POLL_PROBLEM_ERROR = "poll-problem-error";
    static final String POLL_PROBLEM_WARNING = "poll-problem-warning";
    private static final List<FileType> PICTURES = List.of(FileType.of("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"));

    @FXML private Label builderTitle;
    @FXML private Label statusBadge;
    @FXML private Label messageLabel;
    @FXML private Label platformMessage;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button saveDraftButton;
    @FXML private Button scheduleButton;
    @FXML private TextArea questionField;
    @FXML private Label questionCount;
    @FXML private VBox optionsBox;
    @FXML private Button addOptionButton;
    @FXML private Button alternativesButton;
    @FXML private Spinner<Integer> durationSpinner;
    @FXML private Label durationText;
    @FXML private TextField interestsField;
    @FXML private TextField regionsField;
    @FXML private ComboBox<String> campaignBox;
    @FXML private Button photoButton;
    @FXML private Button removePhotoButton;
    @FXML private DatePicker scheduleDatePicker;
    @FXML private Spinner<Integer> scheduleHourSpinner;
    @FXML private VBox automationsHost;
    @FXML private VBox problemsBox;
    @FXML private StackPane previewHolder;

    private final Parent root;
    private final PollBuilderViewModel model;
    private final DialogService dialogs;
    private final ImageCache images;
    private final Supplier<ProductPicker> pickers;
    private final PollFromAlternatives alternatives;
    private final PollPreview preview = new PollPreview();
    private boolean rendering;

    /**
     * @param pickers makes the product picker of each catalog option
     * @param similar the catalog's similar items, for "fill with its closest alternatives"
     */
    public PollBuilderView(PollBuilderViewModel model, ImageCache images, Supplier<ProductPicker> pickers, DialogService dialogs,
                           io.vitrine.catalog.similar.SimilarItems similar, io.vitrine.ui.TaskExecutor tasks) {
        this.model = model;
        this.alternatives = new PollFromAlternatives(model, similar, tasks);
        this.dialogs = dialogs;
        this.images = images;
        this.pickers = pickers;
        root = ViewLoader.load(this);
        previewHolder.getChildren().add(preview);
        durationSpinner.setValueFactory(new IntegerSpinnerValueFactory(PollLimits.MIN_DURATION_HOURS, PollLimits.MAX_DURATION_HOURS,
                PollDraft.DEFAULT_DURATION_HOURS));
        scheduleHourSpinner.setValueFactory(new IntegerSpinnerValueFactory(0, 23, 9));
        campaignBox.setItems(model.campaigns());
        campaignBox.setConverter(Converters.displaying(name -> name.isEmpty() ? "No campaign" : name));
        bindCommands();
        bindFields();
        model.revisionProperty().addListener((obs, old, now) -> render());
        model.draftProperty().addListener((obs, old, now) -> showPreview());
        model.brandHandleProperty().addListener((obs, old, now) -> showPreview());
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> showProblems());
        model.items().addListener((javafx.collections.MapChangeListener<String, Object>) c -> refreshOptions());
        render();
    }

    private void bindCommands() {
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        undoButton.setOnAction(e -> model.undo());
        redoButton.setOnAction(e -> model.redo());
        saveDraftButton.setOnAction(e -> model.save());
        scheduleButton.setOnAction(e -> model.schedule(scheduleDatePicker.getValue(), scheduleHourSpinner.getValue()));
        saveDraftButton.disableProperty().bind(model.busyProperty());
        scheduleButton.disableProperty().bind(model.busyProperty());
        addOptionButton.setOnAction(e -> model.addOption());
        alternativesButton.setOnAction(e -> alternatives.fill());
        photoButton.setOnAction(e -> dialogs.chooseFileToOpen("Shared photo", PICTURES).ifPresent(model::setPhoto));
        removePhotoButton.setOnAction(e -> model.removePhoto());
        messageLabel.textProperty().bind(model.messageProperty());
        PlatformMessage.prepare(platformMessage);
        Runnable showPlatformMessage = () -> PlatformMessage.show(platformMessage, model.platformMessageProperty().get(),
                model.statusProperty().get() == PublishState.FAILED);
        model.platformMessageProperty().addListener((obs, was, now) -> showPlatformMessage.run());
        model.statusProperty().addListener((obs, was, now) -> showPlatformMessage.run());
        // Same keys as the post composer: the poll's own undo history, not a text field's.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UndoKeys.handle(e, model::undo, model::redo)) {
                return;
            }
            if (e.isShortcutDown() && e.getCode() == KeyCode.S && !model.busyProperty().get()) {
                model.save();
                e.consume();
            }
        });
        model.statusProperty().addListener((obs, old, now) -> showStatus());
        model.pollIdProperty().addListener((obs, old, now) -> showStatus());
    }

    private void bindFields() {
        questionField.textProperty().addListener((obs, old, text) -> {
            questionCount.setText(text.strip().length() + " / " + PollLimits.MAX_QUESTION_LENGTH);
            if (!rendering) {
                model.setQuestion(text);
            }
        });
        durationSpinner.valueProperty().addListener((obs, old, hours) -> {
            durationText.setText("hours · " + PollPreview.duration(hours));
            if (!rendering) {
                model.setDurationHours(hours);
            }
        });
        interestsField.textProperty().addListener((obs, old, text) -> edit(() -> model.setInterests(text)));
        regionsField.textProperty().addListener((obs, old, text) -> edit(() -> model.setRegions(text)));
        campaignBox.valueProperty().addListener((obs, old, name) -> edit(() -> model.setCampaign(name)));
    }

    private void edit(Runnable change) {
        if (!rendering) {
            change.run();
        }
    }

    /** Redraws the whole form from the draft (opened, undone, options rearranged). */
    private void render() {
        rendering = true;
        try {
            PollDraft draft = model.draftProperty().get();
            if (!questionField.getText().equals(draft.question())) {
                questionField.setText(draft.question());
            }
            durationSpinner.getValueFactory().setValue(draft.durationHours());
            durationText.setText("hours · " + PollPreview.duration(draft.durationHours()));
            interestsField.setText(PollTargets.join(draft.targetInterests()));
            regionsField.setText(PollTargets.join(draft.targetRegions()));
            campaignBox.setValue(draft.campaignName() == null ? "" : draft.campaignName());
            optionsBox.getChildren().clear();
            for (int i = 0; i < draft.options().size(); i++) {
                optionsBox.getChildren().add(new OptionEditor(i, draft.options().size(), draft.options().get(i), model,
                        pickers.get(), this::thumbnail, this::chooseOptionImage));
            }
            addOptionButton.setDisable(draft.options().size() >= PollLimits.MAX_OPTIONS);
            alternativesButton.setDisable(alternatives.anchor() == null);
            removePhotoButton.setDisable(draft.imageSha256() == null);
            boolean editable = model.statusProperty().get().beforePublication();
            root.lookupAll(".poll-form").forEach(form -> form.setDisable(!editable));
            showStatus();
            showPreview();
        } finally {
            rendering = false;
        }
    }

    private void refreshOptions() {
        PollDraft draft = model.draftProperty().get();
        optionsBox.getChildren().forEach(node -> {
            OptionEditor editor = (OptionEditor) node;
            if (editor.index() < draft.options().size()) {
                editor.refresh(draft.options().get(editor.index()));
            }
        });
        showPreview();
    }

    private void chooseOptionImage(int index) {
        dialogs.chooseFileToOpen("Picture of option " + (char) ('A' + index), PICTURES).ifPresent(file -> model.useImage(index, file));
    }

    private void showPreview() {
        PollDraft draft = model.draftProperty().get();
        preview.show(draft, model.brandHandleProperty().get(), model.items(), this::thumbnail);
        removePhotoButton.setDisable(draft.imageSha256() == null);
    }

    private void showProblems() {
        problemsBox.getChildren().setAll(model.problems().stream().map(p -> {
            Label label = new Label((p.isError() ? "✕ " : "⚠ ") + p.message());
            label.setWrapText(true);
            label.getStyleClass().add(p.isError() ? POLL_PROBLEM_ERROR : POLL_PROBLEM_WARNING);
            return label;
        }).toList());
    }

    private void showStatus() {
        Long id = model.pollIdProperty().get();
        builderTitle.setText(id == null ? "New poll" : "Poll " + id);
        PublishStateBadge.apply(statusBadge, model.statusProperty().get());
    }

    /** A stored picture's thumbnail if loaded (else null: the options and preview are redrawn when it arrives). */
    private javafx.scene.image.Image thumbnail(String sha256) {
        return images.thumbnailIfLoaded(sha256, this::refreshOptions);
    }

    public Parent root() {
        return root;
    }

    /** Puts a panel another feature adds (the keyword automations) below the form. */
    public void addPanel(Node panel) {
        automationsHost.getChildren().add(panel);
    }

    public PollBuilderViewModel model() {
        return model;
    }
}
