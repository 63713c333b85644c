package io.vitrine.report;

import io.vitrine.insights.InsightsPeriod;

/**
 * How to build a workbook: what it covers (a campaign or the workspace), which days (null = all time),
 * whether the raw events go in. {@code maxRowsPerSheet} is Excel's limit (1,048,576 rows, header included);
 * tests lower it to prove raw events split across sheets.
 */
public record ReportOptions(ReportScope scope, InsightsPeriod period, boolean includeEvents, int maxRowsPerSheet) {
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    public ReportOptions {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be 2.." + EXCEL_MAX_ROWS);
        }
    }

    public static ReportOptions of(ReportScope scope, boolean includeEvents) {
        return of(scope, null, includeEvents);
    }

    public static ReportOptions of(ReportScope scope, InsightsPeriod period, boolean includeEvents) {
        return new ReportOptions(scope, period, includeEvents, EXCEL_MAX_ROWS);
    }
}
