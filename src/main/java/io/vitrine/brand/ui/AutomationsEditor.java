package io.vitrine.brand.ui;

import io.vitrine.platform.api.AutomationAction;
import io.vitrine.ui.Converters;
import io.vitrine.ui.Icons;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The composer's and the poll builder's "Keyword automations": a row per rule (keywords, what to do, the item, the
 * reply), each with its preview on the comments the workspace already has, and Add / Save. Binds to
 * {@link AutomationsEditorModel}.
 */
public final class AutomationsEditor extends VBox {
    private final AutomationsEditorModel model;
    private final VBox rows = new VBox(10);

    public AutomationsEditor(AutomationsEditorModel model, String headingStyle) {
        super(6);
        this.model = model;
        setId("automationsEditor");
        Label heading = new Label("Keyword automations");
        heading.getStyleClass().add(headingStyle);
        Label help = new Label("When a comment contains a keyword (whole words; case, accents and # do not matter), the"
                + " platform answers privately or publicly, or puts the item in the commenter's cart, by itself.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Button add = new Button("Add automation");
        add.setId("addAutomationButton");
        add.setOnAction(e -> model.add());
        Button save = new Button("Save automations");
        save.setId("saveAutomationsButton");
        save.setOnAction(e -> model.save());
        add.disableProperty().bind(model.editableProperty().not());
        save.disableProperty().bind(model.editableProperty().not());
        Label message = new Label();
        message.setId("automationsMessage");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, add, save);
        getChildren().addAll(heading, help, rows, buttons, message);
        model.rules().addListener((ListChangeListener<AutomationsEditorModel.RuleDraft>) change -> render());
    }

    private void render() {
        rows.getChildren().setAll(model.rules().stream().map(this::row).toList());
    }

    private VBox row(AutomationsEditorModel.RuleDraft draft) {
        TextField keywords = new TextField();
        keywords.setPromptText("Keywords: LAMP, #cart");
        keywords.textProperty().bindBidirectional(draft.keywordsProperty());
        HBox.setHgrow(keywords, Priority.ALWAYS);
        ComboBox<AutomationAction> action = new ComboBox<>();
        action.getItems().setAll(AutomationAction.values());
        action.setConverter(Converters.displaying(AutomationsEditor::describe));
        action.valueProperty().bindBidirectional(draft.actionProperty());
        ComboBox<String> item = new ComboBox<>(model.items());
        item.setEditable(true);
        item.setPromptText("Item: the first tagged");
        item.setPrefWidth(180);
        item.valueProperty().bindBidirectional(draft.itemProperty());
        Button remove = new Button(null, Icons.of(Feather.X));
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip("Remove this automation (then save)"));
        remove.setOnAction(e -> model.remove(draft));
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, keywords, action, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        TextField text = new TextField();
        text.setPromptText("The reply (drafted from the item when left empty)");
        text.textProperty().bindBidirectional(draft.textProperty());
        text.visibleProperty().bind(draft.actionProperty().isNotEqualTo(AutomationAction.ADD_TO_CART));
        text.managedProperty().bind(text.visibleProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        item.setMinWidth(140);
        HBox second = new HBox(6, item, text);
        second.setAlignment(Pos.CENTER_LEFT);
        Label preview = new Label();
        preview.getStyleClass().add("text-muted");
        preview.setWrapText(true);
        preview.textProperty().bind(draft.previewProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(400));
        typing.setOnFinished(e -> model.preview(draft));
        draft.keywordsProperty().addListener((obs, old, now) -> typing.playFromStart());
        VBox row = new VBox(4, top, second, preview);
        row.getStyleClass().add("automation-row");
        return row;
    }

    static String describe(AutomationAction action) {
        return switch (action) {
            case PRIVATE_REPLY -> "Reply privately";
            case PUBLIC_REPLY -> "Reply publicly";
            case ADD_TO_CART -> "Add to cart";
        };
    }
}
