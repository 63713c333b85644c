package io.vitrine.report;

import io.vitrine.insights.EventType;
import java.util.Map;

/** The rows a report is made of, read by {@link ReportRepository}. */
final class ReportRows {
    private ReportRows() {
    }

    record Kpis(long posts, long publishedPosts, long polls, Map<EventType, Long> events,
                Map<String, Long> revenueMicrosByCurrency) {
    }

    record PostRow(long id, String caption, String campaign, String status, String scheduledAt, String publishedAt,
                   long images, long tags, Map<EventType, Long> events, long revenueMicros) {
    }


}
