package io.vitrine.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's layout by convention (afterburner style): {@code FooView} uses {@code FooView.fxml}
 * and, if present, {@code FooView.css} from its own package, with the view object as controller.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Object view) {
        Class<?> type = view.getClass();
        String base = type.getSimpleName();
        URL fxml = type.getResource(base + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing " + base + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setController(view);
        try {
            Parent root = loader.load();
            URL css = type.getResource(base + ".css");
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
