package io.vitrine.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What a screen shows when there is nothing yet: an icon, a title, what will be here, and optionally one action. */
public final class EmptyState extends VBox {
    static final String EMPTY_STATE_TEXT = "empty-state-text";
    static final String EMPTY_STATE_TITLE = "empty-state-title";
    public static final String STYLE_CLASS = "empty-state";

    public EmptyState(Feather icon, String title, String explanation) {
        super(12);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER);
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_3, EMPTY_STATE_TITLE);
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.getStyleClass().add(EMPTY_STATE_TEXT);
        getChildren().addAll(Icons.large(icon), heading, text);
    }

    public EmptyState withAction(String label, Runnable action) {
        Button button = new Button(label);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> action.run());
        getChildren().add(button);
        return this;
    }
}
