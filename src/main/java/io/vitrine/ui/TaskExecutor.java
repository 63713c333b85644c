package io.vitrine.ui;

import io.vitrine.common.Progress;
import java.util.function.Consumer;

/**
 * The one way screens run work off the FX thread. The app's version shows each job in the status
 * bar (progress, message, cancel) and delivers results on the FX thread; tests use
 * {@link InlineTaskExecutor} to run jobs immediately.
 */
public interface TaskExecutor {
    /** The error dialog's title for a quiet job that failed and said nothing more specific. */
    String QUIET_FAILURE = "Something could not be done in the background";

    /** Work to do in the background; report progress and honour cancellation through {@code progress}. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs a job. {@code onSuccess} and {@code onFailure} are called on the FX thread; a cancelled job
     * calls neither. Pass {@code null} for {@code onFailure} to show the standard error dialog: a failure
     * is never dropped unseen.
     */
    <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Shorthand: failures go to the standard error dialog titled after the job. */
    default <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess) {
        return submit(title, job, onSuccess, null);
    }

    /**
     * Runs a small job that is not worth a line in the status bar (type-ahead search, a thumbnail).
     * Same threads, same FX-thread delivery; failures go to {@code onFailure}, or, when it is {@code null},
     * to the standard error dialog titled {@code failureTitle}.
     */
    <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure);

    /** A quiet job whose failure, when {@code onFailure} is {@code null}, shows the error dialog ({@link #QUIET_FAILURE}). */
    default <T> TaskHandle submitQuietly(Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submitQuietly(QUIET_FAILURE, job, onSuccess, onFailure);
    }

    /** A quiet job whose failure shows the standard error dialog titled {@code failureTitle}. */
    default <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess) {
        return submitQuietly(failureTitle, job, onSuccess, null);
    }

    /**
     * Runs {@code update} on the FX thread (at once with the inline executor): for a view model that shows a
     * running job's progress itself, from the job's thread.
     */
    void onFxThread(Runnable update);

    /** A running job, for cancelling it. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
