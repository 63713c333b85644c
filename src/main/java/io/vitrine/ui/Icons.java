package io.vitrine.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons come from Ikonli's Feather set, sized by CSS class rather than per call. */
public final class Icons {
    static final String VITRINE_ICON = "vitrine-icon";
    static final String VITRINE_ICON_LARGE = "vitrine-icon-large";
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.getStyleClass().add(VITRINE_ICON);
        return fontIcon;
    }

    public static FontIcon large(Feather icon) {
        FontIcon fontIcon = of(icon);
        fontIcon.getStyleClass().add(VITRINE_ICON_LARGE);
        return fontIcon;
    }
}
