package io.vitrine.insights;

/**
 * What the conversations did, for Insights and {@code comments stats}: how many questions, how many answered and how
 * fast (median and 90th percentile of the time to the first answer, in seconds; null before any answer), and what the
 * threads brought in — purchases attributed to a comment, split by whether its thread was answered.
 *
 * @param answeredByAutomation questions a keyword automation answered first
 * @param repliesSent          replies written in the studio that reached the platform
 * @param draftsUsed           of those, the ones that started from the assistant's draft
 * @param automationCarts      carts a keyword automation filled (comments that were not questions)
 * @param automationPurchases  purchases that followed an automation (its cart, or its answer to the question)
 * @param revenueCurrency      the currency of the revenue figures (the one most purchases were in)
 */
public record ConversationStats(long threads, long questions, long answered, long unanswered, double answeredRate,
                                Long medianResponseSeconds, Long p90ResponseSeconds, long answeredByAutomation,
                                long repliesSent, long repliesQueued, long repliesFailed, long draftsUsed,
                                long automationCarts, long automationPurchases, String revenueCurrency,
                                long revenueAnsweredMicros, long revenueUnansweredMicros, long revenueAutomationMicros,
                                long buyersAnswered, long buyersUnanswered) {

    /** Of the answered questions, the share whose asker bought. */
    public double buyerRateAnswered() {
        return answered == 0 ? 0 : buyersAnswered / (double) answered;
    }

    public double buyerRateUnanswered() {
        return unanswered == 0 ? 0 : buyersUnanswered / (double) unanswered;
    }
}
