package io.vitrine.poll.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.common.Formats;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.poll.PollOption;
import io.vitrine.ui.Icons;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.image.Image;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One option in the builder: a product from the catalog (type-ahead picker) or a custom design (a picture
 * and a label), with buttons to move it and remove it. Ids end with the option's index: optionLabel0 …
 */
final class OptionEditor extends VBox {
    static final String OPTION_CHOSEN = "option-chosen";
    static final String OPTION_LETTER = "option-letter";
    static final String SEGMENTED = "segmented";
    static final String STYLE_CLASS = "option-editor";

    private final int index;
    private final PollBuilderViewModel model;
    private final Function<String, Image> thumbnails;
    private final ToggleButton productToggle = new ToggleButton("Product");
    private final ToggleButton customToggle = new ToggleButton("Custom design");
    private final ProductPicker picker;
    private final Button imageButton = new Button("Choose picture…", Icons.of(Feather.IMAGE));
    private final ImageView thumbnail = new ImageView();
    private final Label chosen = new Label();
    private final TextField label = new TextField();

    /** @param thumbnails a stored picture's thumbnail, or null while it loads */
    OptionEditor(int index, int count, OptionDraft option, PollBuilderViewModel model, ProductPicker picker,
                 Function<String, Image> thumbnails, IntConsumer chooseImage) {
        super(6);
        this.index = index;
        this.model = model;
        this.thumbnails = thumbnails;
        this.picker = picker;
        setId("optionEditor" + index);
        getStyleClass().add(STYLE_CLASS);
        picker.setOnItemPicked(item -> model.pickItem(index, item));
        label.setId("optionLabel" + index);
        label.setPromptText("Label voters see");
        label.setText(option.label());
        label.textProperty().addListener((obs, old, text) -> model.setOptionLabel(index, text));
        imageButton.setId("optionImageButton" + index);
        imageButton.setOnAction(e -> chooseImage.accept(index));
        thumbnail.setFitWidth(48);
        thumbnail.setFitHeight(48);
        thumbnail.setPreserveRatio(true);
        chosen.getStyleClass().add(OPTION_CHOSEN);
        chosen.setWrapText(true);

        ToggleGroup kind = new ToggleGroup();
        productToggle.setToggleGroup(kind);
        customToggle.setToggleGroup(kind);
        productToggle.setId("optionProduct" + index);
        customToggle.setId("optionCustom" + index);
        boolean custom = option.imageSha256() != null;
        (custom ? customToggle : productToggle).setSelected(true);
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showKind(now == customToggle);
            }
        });

        Label letter = new Label(PollOption.letter(index));
        letter.getStyleClass().add(OPTION_LETTER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, letter, segmented(), spacer, button(Feather.ARROW_UP, "Move up", "optionUp", index > 0,
                () -> model.moveOption(index, -1)), button(Feather.ARROW_DOWN, "Move down", "optionDown", index < count - 1,
                () -> model.moveOption(index, 1)), button(Feather.X, "Remove this option", "optionRemove", count > 2,
                () -> model.removeOption(index)));
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, new HBox(8, picker, imageButton, thumbnail), chosen, label);
        HBox.setHgrow(picker, Priority.ALWAYS);
        show(option);
        showKind(custom);
    }

    private HBox segmented() {
        HBox box = new HBox(productToggle, customToggle);
        box.getStyleClass().add(SEGMENTED);
        productToggle.getStyleClass().add(Styles.LEFT_PILL);
        customToggle.getStyleClass().add(Styles.RIGHT_PILL);
        productToggle.setMinWidth(Region.USE_PREF_SIZE);
        customToggle.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Button button(Feather icon, String tip, String id, boolean enabled, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id + index);
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tip));
        button.setDisable(!enabled);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showKind(boolean custom) {
        picker.setVisible(!custom);
        picker.setManaged(!custom);
        imageButton.setVisible(custom);
        imageButton.setManaged(custom);
        thumbnail.setVisible(custom);
        thumbnail.setManaged(custom);
    }

    /** Shows what the option is now (its product or its picture). */
    private void show(OptionDraft option) {
        if (option.isCatalogItem()) {
            ItemSummary item = model.items().get(option.itemId());
            chosen.setText(item == null ? "Product " + option.itemId()
                    : item.title() + " · " + Formats.money(item.priceMicros(), item.currency()) + " · " + option.itemId());
        } else {
            chosen.setText(option.imageSha256() == null ? "" : "Custom design (not in the catalog)");
        }
        chosen.setManaged(!chosen.getText().isEmpty());
        thumbnail.setImage(thumbnails.apply(option.imageSha256()));
    }

    /** Refreshes the product line and the thumbnail once they have loaded. */
    void refresh(OptionDraft option) {
        show(option);
    }

    int index() {
        return index;
    }
}
