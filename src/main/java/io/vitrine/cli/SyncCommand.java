package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import io.vitrine.sync.PlatformClient;
import io.vitrine.sync.PlatformConnection;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncEngine;
import io.vitrine.sync.SyncReport;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio sync}: one full round with the platform (push the outbox, pull the events). */
@Command(mixinStandardHelpOptions = true, name = "sync", header = "Sync with the platform: publish, send changes, pull new events.", description = {"Run one sync round: publish scheduled posts and polls, push changes,",
        "bring statuses home and pull new engagement events. Safe to interrupt and run again.",
        "The token comes from --token-env, or from the one saved when the brand was connected in the app."})
final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace;
    @Option(names = "--url", required = true, paramLabel = "URL", description = "Platform address, e.g. https://api.example.com")
    URI url;
    @Option(names = "--token-env", paramLabel = "VAR", description = "Environment variable holding the brand's token.")
    String tokenEnv;
    @Option(names = "--link-brand", paramLabel = "BRAND", description = "Link this workspace brand (name or @handle) to the token's"
            + " platform account on its first sync, although their names differ.")
    String linkBrand;
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
            SyncEngine engine = opened.features().sync().engine();
            PlatformConnection connection = connection(opened.features().sync().accounts());
            SyncReport report = engine.run(new PlatformClient(connection), connection, linkBrand);
            if (json.enabled()) {
                json.write(report);
            } else {
                spec.commandLine().getOut().printf("Pushed %d, pulled %d new events (%d duplicates ignored), %d conflicts%n",
                        report.pushed(), report.pulled(), report.duplicatesIgnored(), report.conflicts());
                report.errors().forEach(error -> spec.commandLine().getErr().println("error: " + error));
            }
            return report.ok() ? 0 : 1;
        }
    }

    private PlatformConnection connection(SyncAccounts accounts) {
        if (tokenEnv != null) {
            String value = System.getenv(tokenEnv);
            if (value == null || value.isBlank()) {
                throw new VitrineException("The environment variable " + tokenEnv + " is not set.",
                        "Export the brand's platform token in it, e.g. export " + tokenEnv + "=...");
            }
            return new PlatformConnection(url, value.trim());
        }
        return accounts.savedConnection(url).orElseThrow(() -> new VitrineException("No saved token for " + url + ".",
                "Pass --token-env VAR with the brand's token, or connect the brand on the Sync screen."));
    }
}
