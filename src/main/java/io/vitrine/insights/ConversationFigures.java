package io.vitrine.insights;

/**
 * How conversations went, for the Insights screen: questions, answered rate, time to the first answer, what the
 * answered and unanswered threads brought in. The conversations feature answers it (it sits above insights), so
 * the screen reads the figures without depending on that feature.
 */
@FunctionalInterface
public interface ConversationFigures {
    /** The figures for the threads started in the filter's period (its days in {@code zone}) and campaign. */
    ConversationStats figures(InsightsFilter filter, java.time.ZoneId zone);
}
