package io.vitrine.ui;

import io.vitrine.common.Progress;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Runs jobs immediately on the calling thread: deterministic view-model tests without a toolkit. */
public final class InlineTaskExecutor implements TaskExecutor {
    private final DialogService dialogs;

    public InlineTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        return run(failureTitle, job, onSuccess, onFailure);
    }

    @Override
    public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title + " failed", job, onSuccess, onFailure);
    }

    @Override
    public void onFxThread(Runnable update) {
        update.run();
    }

    private <T> TaskHandle run(String failureTitle, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = job.run(Progress.NONE);
            onSuccess.accept(result);
        } catch (CancellationException cancelled) {
            // a cancelled job reports nothing
        } catch (Exception e) {
            if (onFailure != null) {
                onFailure.accept(e);
            } else {
                dialogs.showError(failureTitle, e);
            }
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
