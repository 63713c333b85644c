package io.vitrine.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * How features tell each other what happened ({@code CatalogImported}, {@code SyncCompleted}…) without
 * reaching into each other's screens. Handlers run on the publishing thread; screens hop to the FX
 * thread themselves (see {@code io.vitrine.ui.FxEvents}).
 */
public final class EventBus {
    private final Map<Class<?>, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();

    /** Registers a handler; returns a handle that unsubscribes it. */
    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Consumer<Object> adapter = event -> handler.accept(type.cast(event));
        handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(adapter);
        return () -> handlers.getOrDefault(type, List.of()).remove(adapter);
    }

    /** Delivers an event to the handlers of its exact type. */
    public void publish(Object event) {
        for (Consumer<Object> handler : handlers.getOrDefault(event.getClass(), List.of())) {
            handler.accept(event);
        }
    }
}
