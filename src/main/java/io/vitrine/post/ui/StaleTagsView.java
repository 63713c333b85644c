package io.vitrine.post.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostsChanged;
import io.vitrine.post.StaleTag;
import io.vitrine.ui.Converters;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
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
    @FXML VBox staleTagsList;
    @FXML Label staleSummary;

    private final PostFeature feature;
    private final StudioContext context;
    private final LongConsumer openPost;
    private final Parent root;

    StaleTagsView(PostFeature feature, StudioContext context, LongConsumer openPost) {
        this.feature = feature;
        this.context = context;
        this.openPost = openPost;
        root = ViewLoader.load(this);
        reload();
    }

    Parent root() {
        return root;
    }

    private void reload() {
        context.tasks().submit("Finding stale pins", progress -> feature.staleTags().list(), this::show);
    }

    private void show(List<StaleTag> stale) {
        staleSummary.setText(stale.isEmpty() ? "Every pin points at a product shoppers can buy." : Formats.count(stale.size())
                + " pin" + (stale.size() == 1 ? "" : "s") + " in " + stale.stream().map(StaleTag::postId).distinct().count()
                + " post(s).");
        List<String> shown = staleTagsList.getChildren().stream().map(javafx.scene.Node::getId).toList();
        List<String> wanted = stale.stream().map(t -> "staleTag" + t.tagId()).toList();
        if (!shown.equals(wanted)) { // rows are rebuilt only when pins were fixed, so a click never lands on a vanished button
            staleTagsList.getChildren().setAll(stale.stream().map(this::row).toList());
        }
    }

    private VBox row(StaleTag tag) {
        Label what = new Label(tag.describe());
        what.getStyleClass().add("stale-what");
        Hyperlink post = new Hyperlink("Post #" + tag.postId() + " (" + tag.postStatus().label().toLowerCase(java.util.Locale.ROOT)
                + "), photo " + (tag.imagePosition() + 1) + ": " + tag.postHeadline());
        post.setOnAction(e -> openPost.accept(tag.postId()));
        ComboBox<ItemSummary> variants = new ComboBox<>();
        variants.setId("staleVariants" + tag.tagId());
        variants.getItems().setAll(tag.alternatives());
        variants.setConverter(Converters.displaying(i -> i.title() + " · " + Formats.money(i.priceMicros(), i.currency())
                + " · " + ComposerRenderer.stockText(i)));
        Button retag = new Button("Retag");
        retag.setId("retag" + tag.tagId());
        retag.getStyleClass().add("accent");
        if (tag.alternatives().isEmpty()) {
            variants.setPromptText("No other variant in stock");
            variants.setDisable(true);
            retag.setDisable(true);
        } else {
            variants.setValue(tag.alternatives().get(0));
        }
        retag.setOnAction(e -> fix("Retagging the pin", () -> feature.staleTags().retag(tag.tagId(), variants.getValue().id())));
        Button remove = new Button("Remove pin");
        remove.setId("removeStale" + tag.tagId());
        remove.setOnAction(e -> fix("Removing the pin", () -> feature.staleTags().remove(tag.tagId())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, variants, retag, spacer, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, what, post, actions);
        box.setId("staleTag" + tag.tagId());
        box.getStyleClass().add("composer-card");
        return box;
    }

    private void fix(String title, Runnable change) {
        context.tasks().submit(title, progress -> {
            change.run();
            return true;
        }, done -> {
            context.events().publish(new PostsChanged(null));
            reload();
        });
    }
}
