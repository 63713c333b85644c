package io.vitrine.cli;

import io.vitrine.common.EventBus;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -w/--workspace} for every command that works in a workspace (a picocli mixin). */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "W", description = "Workspace file (.vitrine).")
    Path file;

    /** Opens the workspace with its feature roots, the same services the app's screens use. */
    OpenWorkspace open() {
        Workspace workspace = Workspace.open(file);
        try {
            return new OpenWorkspace(workspace, StudioFeatures.of(workspace, new EventBus()));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** An open workspace and its features; closing it closes the workspace (checkpointing the WAL). */
    record OpenWorkspace(Workspace workspace, StudioFeatures features) implements AutoCloseable {
        @Override
        public void close() {
            workspace.close();
        }
    }
}
