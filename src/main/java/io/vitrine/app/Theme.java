package io.vitrine.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.vitrine.ui.Stylesheets;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer light/dark as the base, plus our one stylesheet of looked-up colours on top. */
final class Theme {
    static final String THEME_DARK = "theme-dark";
    static final String THEME_LIGHT = "theme-light";
    static final String STUDIO_CSS = Stylesheets.STUDIO;

    private Theme() {
    }

    static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
        scene.getRoot().getStyleClass().removeAll(THEME_DARK, THEME_LIGHT);
        scene.getRoot().getStyleClass().add(dark ? THEME_DARK : THEME_LIGHT);
    }
}
