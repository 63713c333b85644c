package io.vitrine.post.ui;

import io.vitrine.common.Problem;
import io.vitrine.post.ScheduleImport;

/** A CSV import report as a person reads it: one line per row, problems indented. */
final class ScheduleReportText {
    private ScheduleReportText() {
    }

    static String of(ScheduleImport.Report report) {
        StringBuilder text = new StringBuilder(report.created() + " post(s) created, " + report.rejected() + " row(s) rejected.\n");
        for (ScheduleImport.RowResult row : report.rows()) {
            text.append("\nLine ").append(row.line()).append(": ")
                    .append(row.created() ? "created post " + row.postId() : row.status());
            for (Problem problem : row.problems()) {
                text.append("\n    ").append(problem.isError() ? "✗ " : "! ").append(problem.message());
            }
        }
        return text.toString();
    }
}
