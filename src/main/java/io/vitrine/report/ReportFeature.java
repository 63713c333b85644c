package io.vitrine.report;

import io.vitrine.insights.InsightsFeature;
import io.vitrine.poll.PollFeature;
import io.vitrine.workspace.Workspace;
import java.time.Clock;

/** Excel reports over one workspace, with the poll results and engagement figures they print. */
public record ReportFeature(ReportExporter exporter) {

    public static ReportFeature of(Workspace workspace, InsightsFeature insights, PollFeature polls, Clock clock) {
        return new ReportFeature(new ReportExporter(workspace, new ReportRepository(workspace.database(), insights.insights(), insights.series()),
                polls.results(), clock));
    }
}
