package io.vitrine.cli;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.common.VitrineException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

    /** A campaign in {@code post campaign list --json}. */
    record CampaignRow(long id, String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn, String goal,
                       String budgetNote, long postsAndPolls) {
    }

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
                List<CampaignRow> rows = campaigns.list().stream().map(c -> new CampaignRow(c.id(), c.name(), c.startsOn(),
                        c.endsOn(), c.goal(), c.budgetNote(), usage.count(c.id()))).toList();
                if (json.enabled()) {
                    json.write(rows);
                } else {
                    rows.forEach(r -> spec.commandLine().getOut().printf("%s  %s  (%s … %s)  %s post(s)/poll(s)%s%n", r.id(),
                            r.name(), r.startsOn() == null ? "" : r.startsOn(), r.endsOn() == null ? "" : r.endsOn(),
                            r.postsAndPolls(), r.goal() == null ? "" : "  goal: " + r.goal()));
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
