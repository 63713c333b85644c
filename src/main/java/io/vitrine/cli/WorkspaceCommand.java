package io.vitrine.cli;

import io.vitrine.common.Formats;
import io.vitrine.demo.DemoWorkspace;
import io.vitrine.workspace.Workspace;
import io.vitrine.workspace.WorkspaceInfo;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio workspace create|info|backup}. */
@Command(mixinStandardHelpOptions = true, name = "workspace", description = "Create, inspect and back up workspace files.",
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.Info.class, WorkspaceCommand.Backup.class})
final class WorkspaceCommand {

    @Command(mixinStandardHelpOptions = true, name = "create", description = "Create a new workspace file.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "New workspace file, e.g. shop.vitrine.")
        Path file;
        @Option(names = "--name", description = "Name shown in the window title (default: the file name).")
        String name;
        @Option(names = "--demo", description = "Fill it with the generated demo brand (Maison Lumière).")
        boolean demo;
        @Option(names = "--seed", description = "Seed for --demo (same seed, same workspace). Default: ${DEFAULT-VALUE}.")
        long seed = DemoWorkspace.DEFAULT_SEED;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (Workspace workspace = demo
                    ? DemoWorkspace.generate(file, seed, DemoWorkspace.defaultAnchor())
                    : Workspace.create(file, name)) {
                WorkspaceInfo info = workspace.info();
                if (json.enabled()) {
                    json.write(info);
                } else {
                    spec.commandLine().getOut().printf("Created %s (%s, schema %d)%n",
                            info.file(), info.name(), info.schemaVersion());
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "info", description = "Show a workspace's schema version and the number of rows in each table.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open(file)) {
                WorkspaceInfo info = workspace.info();
                var out = spec.commandLine().getOut();
                if (json.enabled()) {
                    json.write(info);
                    return 0;
                }
                out.printf("%s%n  name:    %s%n  schema:  %d%n  size:    %s bytes%n", info.file(), info.name(),
                        info.schemaVersion(), Formats.count(info.sizeBytes()));
                if (info.readOnly() != null) {
                    out.printf("  read-only: %s (it can be read; changes are refused)%n", info.readOnly());
                }
                for (Map.Entry<String, Long> table : info.tables().entrySet()) {
                    out.printf("  %-22s %12s%n", table.getKey(), Formats.count(table.getValue()));
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "backup", description = "Write a consistent copy of a workspace, even while it is open elsewhere.")
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Parameters(index = "1", paramLabel = "OUT", description = "Backup file to create (must not exist).")
        Path out;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open(file)) {
                workspace.backupTo(out);
            }
            spec.commandLine().getOut().printf("Backed up %s to %s%n", file, out);
            return 0;
        }
    }
}
