package io.vitrine.post.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One product pin on the photo: a numbered dot and a label with the product's title, price and stock.
 * Focusable, so the tag-pin canvas can move it with the arrow keys and delete it with Delete.
 */
final class TagPin extends HBox {
    static final String TAG_PIN_BUBBLE = "tag-pin-bubble";
    static final String TAG_PIN_DETAIL = "tag-pin-detail";
    static final String TAG_PIN_DOT = "tag-pin-dot";
    static final String TAG_PIN_TITLE = "tag-pin-title";
    static final String STYLE_CLASS = "tag-pin";
    static final double DOT = 22;
    private static final double MIN_BUBBLE = 80;

    private final int index;
    private final Label dot = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final StackPane dotBox;
    private final HBox bubble;
    /** Names the product when only the dot shows. */
    private final Tooltip tooltip = new Tooltip();

    TagPin(int index) {
        super(6);
        this.index = index;
        setId("tagPin" + index);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        dot.getStyleClass().add(TAG_PIN_DOT);
        dot.setText(Integer.toString(index + 1));
        dot.setMinSize(DOT, DOT);
        dot.setMaxSize(DOT, DOT);
        dot.setAlignment(Pos.CENTER);
        title.getStyleClass().add(TAG_PIN_TITLE);
        detail.getStyleClass().add(TAG_PIN_DETAIL);
        detail.setMinWidth(Region.USE_PREF_SIZE); // price and stock stay whole; the title gives way
        HBox bubble = new HBox(6, title, detail);
        bubble.getStyleClass().add(TAG_PIN_BUBBLE);
        bubble.setAlignment(Pos.CENTER_LEFT);
        this.dotBox = new StackPane(dot);
        this.bubble = bubble;
        Tooltip.install(dotBox, tooltip);
        getChildren().addAll(dotBox, bubble);
        setPickOnBounds(false);
    }

    /** Which side of the dot the label goes; AUTO picks the right if it fits, else the side with more room. */
    enum Side { AUTO, LEFT, RIGHT }

    /**
     * Puts the label on the given side of the dot (AUTO: on the right if it fits there, else on the side
     * with more room), shortened (the title ends in "…") so it stays on the photo. Rooms are measured from
     * the dot's centre. Returns the side used.
     */
    Side fitLabel(double roomLeft, double roomRight, Side side) {
        bubble.setVisible(true);
        bubble.setManaged(true);
        bubble.setMaxWidth(Region.USE_COMPUTED_SIZE);
        double wanted = bubble.prefWidth(-1);
        double beside = getSpacing() + DOT / 2;
        boolean left = side == Side.AUTO ? wanted + beside > roomRight && roomLeft > roomRight : side == Side.LEFT;
        getChildren().setAll(left ? List.of(bubble, dotBox) : List.of(dotBox, bubble));
        double room = (left ? roomLeft : roomRight) - beside;
        bubble.setMaxWidth(Math.max(MIN_BUBBLE, Math.min(wanted, room)));
        return left ? Side.LEFT : Side.RIGHT;
    }

    /** Only the dot, when every place for the label would cover another pin; the tooltip still names it. */
    void hideLabel() {
        bubble.setVisible(false);
        bubble.setManaged(false);
        getChildren().setAll(dotBox);
    }

    /** Where the label is, in the parent, for a pin whose dot is centred on ({@code x}, {@code y}); sized pins only. */
    Rectangle2D labelArea(double x, double y) {
        if (!bubble.isVisible()) {
            return Rectangle2D.EMPTY;
        }
        double width = getWidth() - DOT - getSpacing();
        double from = getChildren().get(0) == dotBox ? x + DOT / 2 + getSpacing() : x - DOT / 2 - getSpacing() - width;
        return new Rectangle2D(from, y - getHeight() / 2, Math.max(0, width), getHeight());
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
        tooltip.setText(data.title() + "  " + data.detail());
    }
}
