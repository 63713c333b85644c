package io.vitrine.catalog.ui;

import io.vitrine.catalog.similar.SimilarItem;
import io.vitrine.common.Formats;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "Similar items" under an item's details: each a link to open it, with its score and the reasons. */
public final class SimilarItemsList {
    static final String STYLE = "similar-items";

    private final VBox root = new VBox(4);
    private final Label heading = new Label("Similar items");

    public SimilarItemsList(SimilarItemsViewModel model, Consumer<String> open) {
        root.setId("similarItems");
        root.getStyleClass().add(STYLE);
        heading.getStyleClass().add("title-4");
        model.items().addListener((ListChangeListener<SimilarItem>) change -> redraw(model, open));
        redraw(model, open);
    }

    private void redraw(SimilarItemsViewModel model, Consumer<String> open) {
        root.getChildren().setAll(heading);
        root.setVisible(!model.items().isEmpty());
        root.setManaged(!model.items().isEmpty());
        for (SimilarItem similar : model.items()) {
            Hyperlink title = new Hyperlink(similar.item().title() + "  ·  " + Formats.percent(similar.score()));
            title.setOnAction(e -> open.accept(similar.item().id()));
            title.getStyleClass().add("similar-item");
            Label reasons = new Label(String.join(" · ", similar.reasons()));
            reasons.setWrapText(true);
            reasons.getStyleClass().add("similar-reasons");
            root.getChildren().addAll(title, reasons);
        }
    }

    public Node root() {
        return root;
    }
}
