package io.vitrine.cli;

import io.vitrine.common.Formats;
import io.vitrine.insights.ConversationStats;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio comments stats}: questions, answered rate, response times, revenue of answered and unanswered threads. */
@Command(mixinStandardHelpOptions = true, name = "stats", description = {"How the conversations went: questions, answered",
        "rate, time to the first answer (median, 90th percentile), revenue from answered and unanswered threads."})
final class CommentStatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace;
    @Option(names = "--post", paramLabel = "N", description = "Only this post's comments.")
    Long post;
    @Option(names = "--poll", paramLabel = "N", description = "Only this poll's comments.")
    Long poll;
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
            ConversationStats s = ws.features().conversations().conversations().stats(post, poll);
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                json.write(s);
                return 0;
            }
            out.printf("Questions          %s of %s threads, %s answered (%s)%n", Formats.count(s.questions()),
                    Formats.count(s.threads()), Formats.count(s.answered()), Formats.percent(s.answeredRate()));
            out.printf("First answer       median %s, 90%% within %s%n", duration(s.medianResponseSeconds()),
                    duration(s.p90ResponseSeconds()));
            out.printf("Replies            %s sent (%s from drafts), %s waiting, %s refused; %s answered by automations%n",
                    Formats.count(s.repliesSent()), Formats.count(s.draftsUsed()), Formats.count(s.repliesQueued()),
                    Formats.count(s.repliesFailed()), Formats.count(s.answeredByAutomation()));
            if (s.revenueCurrency() != null) {
                out.printf("Revenue            %s from answered threads, %s from unanswered%n",
                        Formats.money(s.revenueAnsweredMicros(), s.revenueCurrency()),
                        Formats.money(s.revenueUnansweredMicros(), s.revenueCurrency()));
            }
            out.printf("Automations        %s carts filled, %s purchases after them%s%n", Formats.count(s.automationCarts()),
                    Formats.count(s.automationPurchases()), s.revenueCurrency() == null ? ""
                            : " (" + Formats.money(s.revenueAutomationMicros(), s.revenueCurrency()) + ")");
            out.printf("Askers who bought  %s of answered, %s of unanswered%n", Formats.percent(s.buyerRateAnswered()),
                    Formats.percent(s.buyerRateUnanswered()));
        }
        return 0;
    }

    static String duration(Long seconds) {
        return seconds == null ? "-" : Formats.duration(Duration.ofSeconds(seconds));
    }
}
