package io.vitrine.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons come from Ikonli's Feather set, sized by CSS class rather than per call. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.getStyleClass().add("vitrine-icon");
        return fontIcon;
    }

    public static FontIcon large(Feather icon) {
        FontIcon fontIcon = of(icon);
        fontIcon.getStyleClass().add("vitrine-icon-large");
        return fontIcon;
    }
}
