package io.vitrine.post.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.StockBadge;
import io.vitrine.common.Formats;
import io.vitrine.post.Post;
import io.vitrine.post.Tag;
import io.vitrine.ui.Icons;
import io.vitrine.ui.StyleClasses;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** Every pin of the post under the photo: which photo, the product's title, price and stock, and a remove button. */
final class PinList {
    static final String ROW = "pin-list-row";
    static final String NUMBER = "pin-list-number";
    static final String TITLE = "pin-list-title";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ComposerViewModel model;
    private final Pane rows;
    private final TagPinCanvas canvas;

    /** @param canvas the photo, whose pin takes the focus when its row is clicked */
    PinList(ComposerViewModel model, Pane rows, TagPinCanvas canvas) {
        this.model = model;
        this.rows = rows;
        this.canvas = canvas;
    }

    void show(Post post) {
        rows.getChildren().clear();
        for (int i = 0; i < post.tags().size(); i++) {
            rows.getChildren().add(row(i, post.tags().get(i), model.state().items().get(post.tags().get(i).itemId())));
        }
    }

    private HBox row(int index, Tag tag, ItemSummary item) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add(NUMBER);
        Label title = new Label((item == null ? tag.itemId() : item.title()) + "  ·  photo " + (tag.imagePosition() + 1));
        title.getStyleClass().add(TITLE);
        Label price = new Label(item == null ? "" : Formats.money(item.priceMicros(), item.currency()));
        Label stock = item == null ? new Label("Not in the catalog") : StockBadge.of(item);
        if (item == null) {
            stock.getStyleClass().addAll(StyleClasses.BADGE, StyleClasses.BADGE_NEGATIVE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button remove = new Button(null, Icons.of(Feather.TRASH_2));
        remove.setId("removePin" + index);
        remove.getStyleClass().add(Styles.FLAT);
        remove.setDisable(!model.state().editableProperty().get());
        remove.setOnAction(e -> model.photos().removeTag(index));
        HBox row = new HBox(8, number, title, spacer, price, stock, remove);
        row.setId("pinRow" + index);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ROW);
        row.pseudoClassStateChanged(SELECTED, model.state().selectedTagProperty().get() == index);
        row.setOnMouseClicked(e -> {
            model.photos().selectImage(tag.imagePosition());
            model.photos().selectTag(index);
            canvas.focusPin(index);
        });
        return row;
    }
}
