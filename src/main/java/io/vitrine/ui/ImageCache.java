package io.vitrine.ui;

import io.vitrine.image.ImageStore;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * The one cache of stored images (the workspace's photos and their thumbnails) as JavaFX images, for the
 * composer, the post list and the poll builder: decoded off the FX thread and kept (a few dozen photos, a few
 * hundred thumbnails) so scrolling lists and switching photos stay instant. Use from the FX thread only.
 */
public final class ImageCache {
    private static final int MAX_PHOTOS = 24;
    private static final int MAX_THUMBNAILS = 400;
    private static final int MAX_EDGE = 1600;

    private final ImageStore store;
    private final TaskExecutor tasks;
    private final Map<String, Image> photos = lru(MAX_PHOTOS);
    private final Map<String, Image> thumbnails = lru(MAX_THUMBNAILS);
    private final Map<String, List<Consumer<Image>>> waiting = new HashMap<>();

    public ImageCache(ImageStore store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** The full photo; {@code ready} runs on the FX thread (at once when cached). */
    public void photo(String sha256, Consumer<Image> ready) {
        load("photo:" + sha256, sha256, photos, false, ready);
    }

    public void thumbnail(String sha256, Consumer<Image> ready) {
        load("thumb:" + sha256, sha256, thumbnails, true, ready);
    }

    /**
     * The thumbnail if it is already here, else null: then it is read, and {@code loaded} runs (FX thread) when it
     * arrives, for a screen that draws what it has and redraws when more came (the poll preview).
     */
    public Image thumbnailIfLoaded(String sha256, Runnable loaded) {
        Image cached = sha256 == null ? null : thumbnails.get(sha256);
        if (cached == null && sha256 != null) {
            thumbnail(sha256, image -> loaded.run());
        }
        return cached;
    }

    private void load(String key, String sha256, Map<String, Image> cache, boolean small, Consumer<Image> ready) {
        if (sha256 == null) {
            return;
        }
        Image cached = cache.get(sha256);
        if (cached != null) {
            ready.accept(cached);
            return;
        }
        List<Consumer<Image>> queue = waiting.get(key);
        if (queue != null) {
            queue.add(ready);
            return;
        }
        queue = new ArrayList<>();
        queue.add(ready);
        waiting.put(key, queue);
        tasks.submitQuietly(progress -> decode(sha256, small), image -> {
            List<Consumer<Image>> done = waiting.remove(key);
            if (image != null) {
                cache.put(sha256, image);
                done.forEach(c -> c.accept(image));
            }
        }, error -> waiting.remove(key));
    }

    /** Off the FX thread. Big photos are decoded at screen size: 12 megapixels would take ~48 MB per copy. */
    private Image decode(String sha256, boolean small) {
        if (small) {
            return store.thumbnail(sha256).map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null);
        }
        boolean big = store.find(sha256).map(i -> Math.max(i.width(), i.height()) > MAX_EDGE).orElse(false);
        return store.bytes(sha256).map(bytes -> big ? new Image(new ByteArrayInputStream(bytes), MAX_EDGE, MAX_EDGE, true, true)
                : new Image(new ByteArrayInputStream(bytes))).orElse(null);
    }

    private static Map<String, Image> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > size;
            }
        };
    }
}
