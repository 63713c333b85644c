package io.vitrine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Latest result wins, and a job's failure is never dropped unseen. */
class LatestResultTest {
    @Test
    void anAnswerToAnOlderRequestIsDropped() {
        LatestResult searches = new LatestResult();
        List<String> shown = new ArrayList<>();
        Consumer<String> first = searches.next().deliver(shown::add);
        Consumer<String> second = searches.next().deliver(shown::add);
        second.accept("lamp");
        first.accept("la"); // arrives late
        assertThat(shown).containsExactly("lamp");
    }

    @Test
    void invalidatingDropsEveryAnswerOnItsWay() {
        LatestResult loads = new LatestResult();
        LatestResult.Request request = loads.next();
        assertThat(request.isLatest()).isTrue();
        loads.invalidate();
        assertThat(request.isLatest()).isFalse();
    }

    @Test
    void aQuietJobWithoutAFailureHandlerShowsTheErrorDialog() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        TaskExecutor tasks = new InlineTaskExecutor(dialogs);
        tasks.submitQuietly(progress -> {
            throw new IllegalStateException("disk full");
        }, result -> { }, null);
        tasks.submitQuietly("The catalog could not be read", progress -> {
            throw new IllegalStateException("locked");
        }, result -> { });
        assertThat(dialogs.errors).containsExactly(TaskExecutor.QUIET_FAILURE + ": disk full",
                "The catalog could not be read: locked");
    }
}
