package io.vitrine.poll.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The poll as the platform shows it in the feed: who asks, the photo, the question, the options as
 * tappable tiles (two per row), and how long voting stays open.
 */
final class PollPreview extends VBox {
    static final String PREVIEW_AVATAR = "preview-avatar";
    static final String PREVIEW_FOOTER = "preview-footer";
    static final String PREVIEW_HANDLE = "preview-handle";
    static final String PREVIEW_OPTION_LABEL = "preview-option-label";
    static final String PREVIEW_PICTURE = "preview-picture";
    static final String PREVIEW_QUESTION = "preview-question";
    static final String PREVIEW_QUESTION_EMPTY = "preview-question-empty";
    static final String PREVIEW_SOLD_OUT = "preview-sold-out";
    static final String PREVIEW_TILE = "preview-tile";
    static final String STYLE_CLASS = "poll-preview";
    private static final double TILE = 132;

    PollPreview() {
        super(10);
        setId("pollPreview");
        getStyleClass().add(STYLE_CLASS);
        setMaxWidth(320);
        setMinWidth(320);
    }

    void show(PollDraft draft, String handle, Map<String, ItemSummary> items, Function<String, Image> thumbnails) {
        List<javafx.scene.Node> children = new ArrayList<>();
        children.add(header(handle, draft.durationHours()));
        Image photo = thumbnails.apply(draft.imageSha256());
        if (photo != null) {
            ImageView view = new ImageView(photo);
            view.setFitWidth(296);
            view.setPreserveRatio(true);
            children.add(view);
        }
        Label question = new Label(draft.question().isBlank() ? "Your question appears here" : draft.question().strip());
        question.setId("previewQuestion");
        question.setWrapText(true);
        question.getStyleClass().add(draft.question().isBlank() ? PREVIEW_QUESTION_EMPTY : PREVIEW_QUESTION);
        children.add(question);
        GridPane tiles = new GridPane();
        tiles.setHgap(8);
        tiles.setVgap(8);
        for (int i = 0; i < draft.options().size(); i++) {
            tiles.add(tile(draft.options().get(i), items, thumbnails), i % 2, i / 2);
        }
        children.add(tiles);
        String targets = targets(draft);
        if (!targets.isEmpty()) {
            Label shownTo = new Label("Shown to " + targets);
            shownTo.getStyleClass().add(PREVIEW_FOOTER);
            shownTo.setWrapText(true);
            children.add(shownTo);
        }
        getChildren().setAll(children);
    }

    private static HBox header(String handle, int hours) {
        Label avatar = new Label(handle.length() > 1 ? handle.substring(1, 2).toUpperCase(java.util.Locale.ROOT) : "?");
        avatar.getStyleClass().add(PREVIEW_AVATAR);
        Label name = new Label(handle);
        name.getStyleClass().add(PREVIEW_HANDLE);
        Label when = new Label("Poll · " + duration(hours) + " left");
        when.getStyleClass().add(PREVIEW_FOOTER);
        HBox header = new HBox(8, avatar, new VBox(0, name, when));
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static VBox tile(OptionDraft option, Map<String, ItemSummary> items, Function<String, Image> thumbnails) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add(PREVIEW_PICTURE);
        picture.setPrefSize(TILE, TILE);
        picture.setMaxSize(TILE, TILE);
        Image image = thumbnails.apply(option.imageSha256());
        ItemSummary item = option.isCatalogItem() ? items.get(option.itemId()) : null;
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            view.setPreserveRatio(true);
            picture.getChildren().add(view);
        } else {
            picture.getChildren().add(Icons.large(option.isCatalogItem() ? Feather.SHOPPING_BAG : Feather.IMAGE));
        }
        Label label = new Label(option.label().isBlank() ? "Option" : option.label());
        label.getStyleClass().add(PREVIEW_OPTION_LABEL);
        label.setWrapText(true);
        label.setMaxWidth(TILE);
        VBox tile = new VBox(4, picture, label);
        tile.getStyleClass().add(PREVIEW_TILE);
        if (item != null) {
            Label price = new Label(Formats.money(item.priceMicros(), item.currency()) + (item.needsAttention() ? " · Sold out" : ""));
            price.getStyleClass().add(item.needsAttention() ? PREVIEW_SOLD_OUT : PREVIEW_FOOTER);
            tile.getChildren().add(price);
        }
        return tile;
    }

    private static String targets(PollDraft draft) {
        List<String> parts = new ArrayList<>();
        if (!draft.targetInterests().isEmpty()) {
            parts.add(String.join(", ", draft.targetInterests()));
        }
        if (!draft.targetRegions().isEmpty()) {
            parts.add(String.join(", ", draft.targetRegions()));
        }
        return String.join(" · ", parts);
    }

    /** 72 → "3 days", 5 → "5 hours", 36 → "1 day 12 hours". */
    static String duration(int hours) {
        int days = hours / 24;
        int rest = hours % 24;
        String d = days == 0 ? "" : days + (days == 1 ? " day" : " days");
        String h = rest == 0 ? "" : rest + (rest == 1 ? " hour" : " hours");
        return (d + " " + h).strip();
    }
}
