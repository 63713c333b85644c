package io.vitrine.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the platform said about a post or poll (why it failed, a refused change), shown where it is edited:
 * the same words and look in the composer and the poll builder (style class {@code platform-message}).
 */
public final class PlatformMessage {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private PlatformMessage() {
    }

    /** The banner's text: empty when the platform said nothing. */
    public static String text(boolean failed, String syncError) {
        if (syncError == null || syncError.isBlank()) {
            return "";
        }
        return failed ? "Not published. " + syncError : syncError;
    }

    /** Gives a banner label its icon once. */
    public static void prepare(Label banner) {
        banner.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
    }

    /** Shows the text (hidden when empty), tinted as a failure when the post or poll did not go out. */
    public static void show(Label banner, String text, boolean failed) {
        banner.setText(text);
        banner.setVisible(!text.isEmpty());
        banner.setManaged(!text.isEmpty());
        banner.pseudoClassStateChanged(FAILED, failed);
    }
}
