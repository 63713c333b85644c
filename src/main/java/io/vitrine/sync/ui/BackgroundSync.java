package io.vitrine.sync.ui;

import io.vitrine.common.VitrineException;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncReport;
import io.vitrine.sync.SyncRequested;
import io.vitrine.sync.SyncSnapshot;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.StudioContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;

/**
 * Keeps an open workspace in step with the platform: a round every few minutes (the workspace's
 * interval) and whenever someone asks ({@link SyncRequested}), never two at once, always off the FX
 * thread. The status bar line and the Sync screen follow the {@link SyncSnapshot}s it publishes.
 */
public final class BackgroundSync implements AutoCloseable {
    private static final javafx.util.Duration TICK = javafx.util.Duration.seconds(15);

    private final StudioContext context;
    private final SyncAccounts accounts;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Timeline timer;
    private final Runnable unsubscribe;
    private volatile Instant lastRound;

    public BackgroundSync(StudioContext context, SyncAccounts accounts, Clock clock) {
        this.context = context;
        this.accounts = accounts;
        this.clock = clock;
        this.timer = new Timeline(new KeyFrame(TICK, e -> roundIfConnected(false)));
        timer.setCycleCount(Animation.INDEFINITE);
        this.unsubscribe = FxEvents.onFxThread(context.events(), SyncRequested.class, e -> syncNow());
    }

    /** Starts the timer; a connected workspace syncs right away. */
    public void start() {
        timer.play();
        roundIfConnected(true);
    }

    /** "Sync now": a visible task with progress and cancel in the status bar. */
    public void syncNow() {
        if (running.get()) {
            return;
        }
        context.tasks().submit("Syncing with the platform", progress -> {
            progress.update(0, -1, "Sending changes and fetching new engagement…");
            return round();
        }, report -> publish(), error -> {
            publish();
            context.dialogs().showError("Sync did not run", error);
        });
    }

    /** In the background: a round if one is due (or {@code now}) and a brand is connected, then the state shown. */
    private void roundIfConnected(boolean now) {
        context.tasks().submitQuietly(progress -> {
            if ((now || due()) && accounts.anyConnected()) {
                round();
            }
            return SyncSnapshot.of(accounts, running.get());
        }, this::show, this::quietFailure);
    }

    /** A timed round or a state read that failed: said in the status line, not in a dialog every few minutes. */
    private void quietFailure(Throwable error) {
        context.status().syncStateProperty().set("Sync did not run: " + VitrineException.describe(error));
    }

    private boolean due() {
        int minutes = accounts.engine().intervalMinutes();
        Instant last = lastRound;
        return minutes > 0 && (last == null || !clock.instant().isBefore(last.plus(Duration.ofMinutes(minutes))));
    }

    /** One round, unless one is already running (then nothing). */
    private SyncReport round() {
        if (!running.compareAndSet(false, true)) {
            return SyncReport.EMPTY;
        }
        try {
            publishFromBackground(SyncSnapshot.of(accounts, true));
            return accounts.syncAll();
        } finally {
            lastRound = clock.instant();
            running.set(false);
        }
    }

    private void publish() {
        context.tasks().submitQuietly(progress -> SyncSnapshot.of(accounts, running.get()), this::show, this::quietFailure);
    }

    private void publishFromBackground(SyncSnapshot snapshot) {
        Platform.runLater(() -> show(snapshot));
    }

    private void show(SyncSnapshot snapshot) {
        context.status().syncStateProperty().set(snapshot.describe(clock.instant()));
        context.events().publish(snapshot);
    }

    @Override
    public void close() {
        timer.stop();
        unsubscribe.run();
    }
}
