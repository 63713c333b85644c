package io.vitrine.ui;

import io.vitrine.common.Progress;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The app's one background executor: each job becomes a {@link Task} listed in {@link #running()}
 * (the status bar shows its title, progress, message and a cancel button); results and errors
 * come back on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(3, daemonThreads());
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final DialogService dialogs;

    public FxTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Jobs not yet finished, in submission order; changed only on the FX thread. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return start(title, title + " failed", job, onSuccess, onFailure, true);
    }

    @Override
    public <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        return start("", failureTitle, job, onSuccess, onFailure, false);
    }

    private <T> TaskHandle start(String title, String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure, boolean visible) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title + "…");
                return job.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, -1);
                        }
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                return;
            }
            if (onFailure != null) {
                onFailure.accept(error);
            } else {
                dialogs.showError(failureTitle, error);
            }
        });
        task.setOnCancelled(e -> running.remove(task));
        if (visible) {
            running.add(task);
        }
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false); // let the job stop at its next checkCancelled(), never mid-transaction
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void onFxThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vitrine-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
