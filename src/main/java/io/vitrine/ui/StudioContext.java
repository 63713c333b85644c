package io.vitrine.ui;

import io.vitrine.common.EventBus;
import io.vitrine.common.Features;
import io.vitrine.workspace.Workspace;

/**
 * What every screen of an open workspace gets: the workspace, its feature roots (the services, built
 * once per workspace), the one background executor, the one dialog service, the event bus between
 * features, and the shell's status line. Screens take their services from here and never build them.
 */
public record StudioContext(Workspace workspace, Features features, TaskExecutor tasks, DialogService dialogs,
                            EventBus events, ShellStatus status) {

    /** The feature root of that type, e.g. {@code context.feature(PostFeature.class)}. */
    public <T> T feature(Class<T> type) {
        return features.get(type);
    }
}
