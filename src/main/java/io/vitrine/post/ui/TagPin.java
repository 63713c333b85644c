package io.vitrine.post.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One product pin on the photo: a numbered dot and a label with the product's title, price and stock.
 * Focusable, so the tag-pin canvas can move it with the arrow keys and delete it with Delete.
 */
final class TagPin extends HBox {
    static final String STYLE_CLASS = "tag-pin";
    static final double DOT = 22;
    private static final double MIN_BUBBLE = 80;

    private final int index;
    private final Label dot = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final StackPane dotBox;
    private final HBox bubble;

    TagPin(int index) {
        super(6);
        this.index = index;
        setId("tagPin" + index);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        dot.getStyleClass().add("tag-pin-dot");
        dot.setText(Integer.toString(index + 1));
        dot.setMinSize(DOT, DOT);
        dot.setMaxSize(DOT, DOT);
        dot.setAlignment(Pos.CENTER);
        title.getStyleClass().add("tag-pin-title");
        detail.getStyleClass().add("tag-pin-detail");
        detail.setMinWidth(Region.USE_PREF_SIZE); // price and stock stay whole; the title gives way
        HBox bubble = new HBox(6, title, detail);
        bubble.getStyleClass().add("tag-pin-bubble");
        bubble.setAlignment(Pos.CENTER_LEFT);
        this.dotBox = new StackPane(dot);
        this.bubble = bubble;
        getChildren().addAll(dotBox, bubble);
        setPickOnBounds(false);
    }

    /**
     * Puts the label on the right of the dot if it fits there, else on the side with more room, shortened
     * (the title ends in "…") so it stays on the photo. Rooms are measured from the dot's centre.
     */
    void fitLabel(double roomLeft, double roomRight) {
        bubble.setMaxWidth(Region.USE_COMPUTED_SIZE);
        double wanted = bubble.prefWidth(-1);
        double beside = getSpacing() + DOT / 2;
        boolean left = wanted + beside > roomRight && roomLeft > roomRight;
        getChildren().setAll(left ? List.of(bubble, dotBox) : List.of(dotBox, bubble));
        double room = (left ? roomLeft : roomRight) - beside;
        bubble.setMaxWidth(Math.max(MIN_BUBBLE, Math.min(wanted, room)));
    }

    /** Where the dot's centre is, from this pin's left edge. */
    double dotCentre() {
        return getChildren().get(0) == dotBox ? DOT / 2 : getWidth() - DOT / 2;
    }

    int index() {
        return index;
    }

    void show(TagPinCanvas.PinData data, boolean selected) {
        title.setText(data.title());
        detail.setText(data.detail());
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), data.warning());
        setAccessibleText("Pin " + (index + 1) + ": " + data.title() + ", " + data.detail());
    }
}
