package io.vitrine.insights.ui;

import io.vitrine.insights.ConversationStats;
import io.vitrine.insights.DailyCounts;
import io.vitrine.insights.EventType;
import io.vitrine.insights.TopPost;
import java.util.List;
import java.util.Map;

/** Everything the Insights screen shows, loaded in one background read; {@code conversations} null when not known. */
record InsightsSnapshot(Map<EventType, Long> totals, Map<String, Long> revenue, List<DailyCounts> daily,
                        List<TopPost> topPosts, Map<String, Long> clicksByRegion, Map<String, Long> clicksByInterest,
                        ConversationStats conversations) {
}
