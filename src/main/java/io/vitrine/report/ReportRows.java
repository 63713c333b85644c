package io.vitrine.report;

import io.vitrine.insights.Funnel;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.Summary;
import io.vitrine.insights.TimeSeries;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The rows a report is made of: the same figures the Insights screen and CLI show, read once. */
final class ReportRows {
    private ReportRows() {
    }

    /** How many posts and polls the scope has (not limited by the period: a post is counted once it exists). */
    record Inventory(long posts, long publishedPosts, long polls) {
    }

    /** A post's line: its figures in the period and where it stands. */
    record PostRow(PublicationTotals totals, String campaign, Instant scheduledAt, Instant publishedAt, long images,
                   long tags) {
    }

    /**
     * Everything but the polls and the raw events. {@code currencies}: every currency any revenue is in, so
     * each sheet has one revenue column per currency (amounts in different currencies never add up).
     */
    record ReportData(String workspaceName, ReportScope scope, InsightsPeriod period, ZoneId zone, Instant generatedAt,
                      Inventory inventory, Summary summary, Funnel funnel, TimeSeries daily, List<PostRow> posts,
                      List<ProductTotals> products, List<String> currencies) {
    }
}
