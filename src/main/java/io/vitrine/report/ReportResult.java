package io.vitrine.report;

import java.util.List;

/** What was written: the file, its sheets and how many raw event rows went in. */
public record ReportResult(String file, List<String> sheets, long eventRows, int charts) {
}
