package io.vitrine.conversation.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.ConversationStats;
import java.time.Duration;

/** The inbox header's line of figures: answered share, time to the first answer, what answering brought in. */
final class ConversationFiguresText {
    private ConversationFiguresText() {
    }

    static String line(ConversationStats s) {
        if (s.questions() == 0) {
            return "No questions yet.";
        }
        StringBuilder line = new StringBuilder(Formats.percent(s.answeredRate()) + " of " + Formats.count(s.questions())
                + " questions answered");
        if (s.medianResponseSeconds() != null) {
            line.append(" · first answer in ").append(Formats.duration(Duration.ofSeconds(s.medianResponseSeconds())))
                    .append(" (median), 90% within ").append(Formats.duration(Duration.ofSeconds(s.p90ResponseSeconds())));
        }
        if (s.revenueCurrency() != null) {
            line.append(" · ").append(Formats.money(s.revenueAnsweredMicros(), s.revenueCurrency()))
                    .append(" from answered threads, ").append(Formats.money(s.revenueUnansweredMicros(), s.revenueCurrency()))
                    .append(" from unanswered");
        }
        return line.toString();
    }
}
