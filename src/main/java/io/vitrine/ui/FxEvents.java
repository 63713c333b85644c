package io.vitrine.ui;

import io.vitrine.common.EventBus;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Subscribes a screen to bus events, delivered on the FX thread whatever thread published them. */
public final class FxEvents {
    private FxEvents() {
    }

    public static <E> Runnable onFxThread(EventBus bus, Class<E> type, Consumer<? super E> handler) {
        return bus.subscribe(type, event -> {
            if (Platform.isFxApplicationThread()) {
                handler.accept(event);
            } else {
                Platform.runLater(() -> handler.accept(event));
            }
        });
    }
}
