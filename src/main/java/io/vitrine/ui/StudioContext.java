package io.vitrine.ui;

import io.vitrine.common.EventBus;
import io.vitrine.workspace.Workspace;

/**
 * What every screen of an open workspace gets: the workspace, the one background executor, the one
 * dialog service, the event bus between features, and the shell's status line.
 */
public record StudioContext(Workspace workspace, TaskExecutor tasks, DialogService dialogs, EventBus events,
                            ShellStatus status) {
}
