package io.vitrine.post.ui;

import io.vitrine.ui.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Runs the composer's saves one after another, in the order asked, on the background executor: a
 * save of a new post must finish (and give the post its id) before the next one, or the post would
 * be created twice.
 */
final class SerialJobs {
    /** A job to run in the background and what to do with its result on the FX thread. */
    record Job<T>(String title, TaskExecutor.Job<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                  boolean quiet) {
    }

    private final TaskExecutor tasks;
    private final Deque<Job<?>> waiting = new ArrayDeque<>();
    private boolean running;

    SerialJobs(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    <T> void submit(Job<T> job) {
        waiting.add(job);
        if (!running) {
            next();
        }
    }

    private void next() {
        Job<?> job = waiting.poll();
        running = job != null;
        if (job != null) {
            start(job);
        }
    }

    private <T> void start(Job<T> job) {
        Consumer<T> success = result -> {
            try {
                job.onSuccess().accept(result);
            } finally {
                next();
            }
        };
        Consumer<Throwable> failure = error -> {
            try {
                job.onFailure().accept(error);
            } finally {
                next();
            }
        };
        if (job.quiet()) {
            tasks.submitQuietly(job.work(), success, failure);
        } else {
            tasks.submit(job.title(), job.work(), success, failure);
        }
    }
}
