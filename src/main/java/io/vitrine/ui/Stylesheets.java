package io.vitrine.ui;

import javafx.scene.Parent;

/** The app's one stylesheet, for scenes and for popups (which do not inherit the window's stylesheets). */
public final class Stylesheets {
    public static final String STUDIO = Stylesheets.class.getResource("studio.css").toExternalForm();

    private Stylesheets() {
    }

    /** Styles a popup's content like the main window: our sheet plus the theme's looked-up colours. */
    public static void stylePopup(Parent popupRoot) {
        popupRoot.getStylesheets().add(STUDIO);
        popupRoot.getStyleClass().add("root");
    }
}
