package io.vitrine.cli;

import io.vitrine.insights.EventType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./studio insights summary}: engagement counted from the workspace. */
@Command(name = "insights", description = "Engagement figures from the workspace.", subcommands = InsightsCommand.Summary.class)
final class InsightsCommand {

    @Command(name = "summary", description = "Count the stored engagement events of each type.")
    static final class Summary implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        JsonOption json;

        /** The JSON document: every type, zero included, in funnel order. */
        record EventSummary(Map<String, Long> events) {
        }

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                opened.features().insights().queries().countsByType()
                        .forEach((type, count) -> counts.put(type.code(), count));
                if (json.enabled()) {
                    json.write(new EventSummary(counts));
                } else {
                    for (EventType type : EventType.values()) {
                        spec.commandLine().getOut().printf("%-14s %,d%n", type.plural(), counts.getOrDefault(type.code(), 0L));
                    }
                }
            }
            return 0;
        }
    }
}
