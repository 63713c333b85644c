package io.vitrine.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.insights.InsightsFeature;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.TaskExecutor;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filter change cancels the load still running, and a late result of an old load never lands. */
class InsightsViewModelTest {
    @TempDir
    Path dir;

    /** Keeps jobs pending so the test decides when (and whether) each one finishes. */
    static final class PendingTasks implements TaskExecutor {
        final List<Handle> handles = new ArrayList<>();

        final class Handle implements TaskHandle {
            final Job<?> job;
            final Consumer<Object> onSuccess;
            boolean cancelled;

            @SuppressWarnings("unchecked")
            Handle(Job<?> job, Consumer<?> onSuccess) {
                this.job = job;
                this.onSuccess = (Consumer<Object>) onSuccess;
            }

            void finish() throws Exception {
                onSuccess.accept(job.run(io.vitrine.common.Progress.NONE));
            }

            @Override
            public void cancel() {
                cancelled = true;
            }

            @Override
            public boolean isDone() {
                return cancelled;
            }
        }

        @Override
        public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            Handle handle = new Handle(job, onSuccess);
            handles.add(handle);
            return handle;
        }

        @Override
        public <T> TaskHandle submitQuietly(String failureTitle, Job<T> job, Consumer<? super T> onSuccess,
                                            Consumer<Throwable> onFailure) {
            return submit(failureTitle, job, onSuccess, onFailure);
        }

        @Override
        public void onFxThread(Runnable update) {
            update.run();
        }
    }

    @Test
    void aNewFilterCancelsTheRunningLoad() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("m.vitrine"), "M")) {
            PendingTasks tasks = new PendingTasks();
            InsightsViewModel model = new InsightsViewModel(InsightsFeature.of(ws.database()), tasks, new ScriptedDialogs(), Clock.systemUTC());
            model.reload();
            PendingTasks.Handle first = tasks.handles.get(0);
            model.periodProperty().set(InsightsViewModel.Period.ALL_TIME);
            PendingTasks.Handle second = tasks.handles.get(1);
            assertThat(first.cancelled).isTrue();
            assertThat(second.cancelled).isFalse();
            assertThat(model.loadingProperty().get()).isTrue();

            first.finish(); // an old load that finished anyway is not shown
            assertThat(model.overviewProperty().get()).isNull();
            second.finish();
            assertThat(model.overviewProperty().get().filter().period()).isNull();
            assertThat(model.loadingProperty().get()).isFalse();
        }
    }
}
