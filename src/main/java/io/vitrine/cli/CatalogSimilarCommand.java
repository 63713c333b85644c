package io.vitrine.cli;

import io.vitrine.catalog.similar.SimilarItem;
import io.vitrine.common.Formats;
import io.vitrine.common.VitrineException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio catalog similar ITEM_ID}: items like one, with the reasons. */
@Command(mixinStandardHelpOptions = true, name = "similar", description = {
    "Items like a catalog item, in stock first, by a score with its reasons: same product or type, shared title",
    "words, brand, colour, price within 25%, pictures that look alike. Removed items never appear."})
final class CatalogSimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ITEM_ID", description = "The item's id.")
    String itemId;
    @Mixin
    WorkspaceOption workspace;
    @Option(names = "--limit", defaultValue = "10", description = "At most this many items (default 10).")
    int limit;
    @Mixin
    JsonOption json;

    record Similar(String id, String title, double score, List<String> reasons) {
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new VitrineException("--limit must be at least 1.", "Pass a positive number, e.g. --limit 10.");
        }
        List<SimilarItem> found;
        try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
            found = opened.features().find().similar().of(itemId, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            List<Similar> items = new ArrayList<>();
            for (SimilarItem item : found) {
                items.add(new Similar(item.item().id(), item.item().title(), item.score(), item.reasons()));
            }
            json.write(items);
            return 0;
        }
        for (SimilarItem item : found) {
            out.printf("%-24s %-44s %5s  %s%n", item.item().id(), item.item().title(), Formats.percent(item.score()),
                    String.join("; ", item.reasons()));
        }
        if (found.isEmpty()) {
            out.println("No similar items.");
        }
        out.flush();
        return 0;
    }
}
