package io.vitrine.cli;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.common.VitrineException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio post campaign list|add}: the campaigns that group posts and polls. */
@Command(mixinStandardHelpOptions = true, name = "campaign", description = "List or add campaigns (name, dates, goal, budget note).",
        subcommands = {PostCampaignCommand.ListCampaigns.class, PostCampaignCommand.Add.class})
final class PostCampaignCommand {

    @Command(mixinStandardHelpOptions = true, name = "list", description = "List campaigns with how many posts and polls they group.")
    static final class ListCampaigns implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                CampaignService campaigns = ws.features().brand().campaigns();
                CampaignUsage usage = ws.features().calendar().calendar();
                List<Map<String, Object>> rows = campaigns.list().stream().map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", c.id());
                    row.put("name", c.name());
                    row.put("starts_on", c.startsOn());
                    row.put("ends_on", c.endsOn());
                    row.put("goal", c.goal());
                    row.put("budget_note", c.budgetNote());
                    row.put("posts_and_polls", usage.count(c.id()));
                    return row;
                }).toList();
                if (json.enabled()) {
                    json.write(rows);
                } else {
                    rows.forEach(r -> spec.commandLine().getOut().printf("%s  %s  (%s … %s)  %s post(s)/poll(s)%s%n", r.get("id"),
                            r.get("name"), r.get("starts_on") == null ? "" : r.get("starts_on"),
                            r.get("ends_on") == null ? "" : r.get("ends_on"), r.get("posts_and_polls"),
                            r.get("goal") == null ? "" : "  goal: " + r.get("goal")));
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "add", description = "Add a campaign.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--starts", paramLabel = "YYYY-MM-DD")
        String starts;
        @Option(names = "--ends", paramLabel = "YYYY-MM-DD")
        String ends;
        @Option(names = "--goal")
        String goal;
        @Option(names = "--budget-note")
        String budgetNote;

        @Override
        public Integer call() {
            Campaign campaign = new Campaign(null, name, date(starts, "--starts"), date(ends, "--ends"), goal, budgetNote);
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                Campaign saved = ws.features().brand().campaigns().save(campaign);
                spec.commandLine().getOut().printf("Added campaign %s (%d)%n", saved.name(), saved.id());
            }
            return 0;
        }

        private static LocalDate date(String text, String option) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new VitrineException(option + " \"" + text + "\" is not a date.", "Write it as YYYY-MM-DD, e.g. 2026-12-01.");
            }
        }
    }
}
