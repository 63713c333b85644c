package io.vitrine.catalog.ui;

import io.vitrine.catalog.ImageFetcher;
import io.vitrine.ui.TaskExecutor;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Product thumbnails for tables and lists: fetched and decoded off the FX thread (two at a time, newest
 * request first, so a fast scroll does not queue up pictures that scrolled away), kept in a small LRU
 * cache. A link that failed is remembered and not fetched again. Use from the FX thread only.
 */
public final class ThumbnailLoader {
    static final int CACHE_SIZE = 400;
    private static final int IN_FLIGHT = 2;
    private static final int MAX_WAITING = 48;
    private static final Image NONE = new Image(new ByteArrayInputStream(new byte[0]));

    private final TaskExecutor tasks;
    private final ImageFetcher fetcher;
    private final int size;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Deque<String> waiting = new ArrayDeque<>();
    private final Map<String, List<Consumer<Image>>> callbacks = new HashMap<>();
    private int running;

    /**
     * @param fetcher the catalog's picture fetcher ({@code CatalogFeature.pictures()})
     * @param size the thumbnails' longest side in pixels
     */
    public ThumbnailLoader(TaskExecutor tasks, ImageFetcher fetcher, int size) {
        this.tasks = tasks;
        this.fetcher = fetcher;
        this.size = size;
    }

    /**
     * Calls {@code onImage} with the thumbnail, at once when cached, later (on the FX thread) when
     * fetched; never when the link has no usable picture.
     */
    public void load(String link, Consumer<Image> onImage) {
        if (link == null || link.isBlank()) {
            return;
        }
        Image cached = cache.get(link);
        if (cached != null) {
            if (cached != NONE) {
                onImage.accept(cached);
            }
            return;
        }
        boolean queued = callbacks.containsKey(link);
        callbacks.computeIfAbsent(link, l -> new ArrayList<>()).add(onImage);
        if (!queued) {
            waiting.addFirst(link);
            while (waiting.size() > MAX_WAITING) {
                callbacks.remove(waiting.removeLast());
            }
        }
        pump();
    }

    private void pump() {
        while (running < IN_FLIGHT && !waiting.isEmpty()) {
            String link = waiting.removeFirst();
            running++;
            tasks.submitQuietly(progress -> decode(link), image -> finished(link, image), error -> finished(link, Optional.empty()));
        }
    }

    private Optional<Image> decode(String link) {
        return fetcher.fetch(link).map(bytes -> new Image(new ByteArrayInputStream(bytes), size, size, true, true))
                .filter(image -> !image.isError() && image.getWidth() > 0);
    }

    private void finished(String link, Optional<Image> image) {
        running--;
        cache.put(link, image.orElse(NONE));
        List<Consumer<Image>> waitingFor = callbacks.remove(link);
        if (waitingFor != null && image.isPresent()) {
            waitingFor.forEach(callback -> callback.accept(image.get()));
        }
        pump();
    }
}
