package io.vitrine.cli;

import io.vitrine.common.Progress;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.report.ReportExporter;
import io.vitrine.report.ReportOptions;
import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio report export}: the analyst's Excel workbook. */
@Command(mixinStandardHelpOptions = true, name = "report", description = "Export Excel workbooks.", subcommands = ReportCommand.Export.class)
final class ReportCommand {

    @Command(mixinStandardHelpOptions = true, name = "export", description = {"Write an .xlsx workbook: summary KPIs, daily series with native charts,",
            "posts, products, polls, votes by segment and the raw events (split across sheets at Excel's row limit)."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.xlsx", description = "Workbook to write.")
        Path out;
        @Option(names = "--campaign", paramLabel = "NAME", description = "Only this campaign's posts and polls.")
        String campaign;
        @Option(names = "--from", paramLabel = "DAY", description = "First day (YYYY-MM-DD, the brand's time zone). Default: all time.")
        String from;
        @Option(names = "--to", paramLabel = "DAY", description = "Last day, included. Default: today, when --from is given.")
        String to;
        @Option(names = "--no-events", description = "Leave out the raw events sheets.")
        boolean noEvents;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
                ReportExporter exporter = opened.features().reports().exporter();
                ReportScope scope = campaign == null ? ReportScope.WORKSPACE : exporter.campaignScope(campaign);
                InsightsPeriod period = InsightsOptions.period(from, to, opened.features().insights().insights());
                ReportResult result = exporter.export(ReportOptions.of(scope, period, !noEvents), out, Progress.NONE);
                if (json.enabled()) {
                    json.write(result);
                } else {
                    spec.commandLine().getOut().printf("Wrote %s (%d sheets, %d charts, %d event rows)%n",
                            result.file(), result.sheets().size(), result.charts(), result.eventRows());
                }
            }
            return 0;
        }
    }
}
