package io.vitrine.poll.ui;

import io.vitrine.image.ImageStore;
import io.vitrine.ui.TaskExecutor;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/** Thumbnails of stored images, read from the workspace in the background and kept for the session. */
final class Thumbnails {
    private final ImageStore images;
    private final TaskExecutor tasks;
    private final ObservableMap<String, Image> loaded = FXCollections.observableHashMap();
    private final Set<String> requested = new HashSet<>();

    Thumbnails(ImageStore images, TaskExecutor tasks) {
        this.images = images;
        this.tasks = tasks;
    }

    /** The thumbnail if already loaded; otherwise null, and it is fetched ({@link #loaded()} changes when it arrives). */
    Image get(String sha256) {
        if (sha256 == null) {
            return null;
        }
        Image image = loaded.get(sha256);
        if (image == null && requested.add(sha256)) {
            tasks.submitQuietly(progress -> images.thumbnail(sha256).map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                    .orElse(null), image1 -> {
                        if (image1 != null) {
                            loaded.put(sha256, image1);
                        }
                    }, error -> requested.remove(sha256));
        }
        return image;
    }

    ObservableMap<String, Image> loaded() {
        return loaded;
    }
}
