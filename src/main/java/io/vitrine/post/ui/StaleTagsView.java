package io.vitrine.post.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.StockBadge;
import io.vitrine.common.Formats;
import io.vitrine.post.StaleTag;
import io.vitrine.ui.Converters;
import io.vitrine.ui.StyleClasses;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pins whose products shoppers cannot buy, each with its one-click fix: retag to a variant, or remove. */
final class StaleTagsView {
    static final String WHAT = "stale-what";

    @FXML
    private VBox staleTagsList;
    @FXML
    private Label staleSummary;

    private final StaleTagsViewModel model;
    private final LongConsumer openPost;
    private final Parent root;

    StaleTagsView(StaleTagsViewModel model, LongConsumer openPost) {
        this.model = model;
        this.openPost = openPost;
        root = ViewLoader.load(this);
        staleSummary.textProperty().bind(model.summaryProperty());
        model.stale().addListener((ListChangeListener<StaleTag>) change -> show(model.stale()));
        model.reload();
    }

    Parent root() {
        return root;
    }

    private void show(List<StaleTag> stale) {
        List<String> shown = staleTagsList.getChildren().stream().map(Node::getId).toList();
        List<String> wanted = stale.stream().map(t -> "staleTag" + t.tagId()).toList();
        if (!shown.equals(wanted)) { // rows are rebuilt only when pins were fixed, so a click never lands on a vanished button
            staleTagsList.getChildren().setAll(stale.stream().map(this::row).toList());
        }
    }

    private VBox row(StaleTag tag) {
        Label what = new Label(tag.describe());
        what.getStyleClass().add(WHAT);
        Hyperlink post = new Hyperlink("Post #" + tag.postId() + " (" + tag.postStatus().label().toLowerCase(Locale.ROOT)
                + "), photo " + (tag.imagePosition() + 1) + ": " + tag.postHeadline());
        post.setOnAction(e -> openPost.accept(tag.postId()));
        ComboBox<ItemSummary> variants = new ComboBox<>();
        variants.setId("staleVariants" + tag.tagId());
        variants.getItems().setAll(tag.alternatives());
        variants.setConverter(Converters.displaying(i -> i.title() + " · " + Formats.money(i.priceMicros(), i.currency())
                + " · " + StockBadge.text(i)));
        Button retag = new Button("Retag");
        retag.setId("retag" + tag.tagId());
        retag.getStyleClass().add(Styles.ACCENT);
        if (tag.alternatives().isEmpty()) {
            variants.setPromptText("No other variant in stock");
            variants.setDisable(true);
            retag.setDisable(true);
        } else {
            variants.setValue(tag.alternatives().get(0));
        }
        retag.setOnAction(e -> model.retag(tag, variants.getValue()));
        Button remove = new Button("Remove pin");
        remove.setId("removeStale" + tag.tagId());
        remove.setOnAction(e -> model.remove(tag));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, variants, retag, spacer, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, what, post, actions);
        box.setId("staleTag" + tag.tagId());
        box.getStyleClass().add(StyleClasses.CARD);
        return box;
    }
}
