package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import io.vitrine.insights.BrandClock;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.InsightsService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** What every {@code insights} command narrows to (a picocli mixin): a period of the brand's days, a campaign. */
final class InsightsOptions {
    @Option(names = "--from", paramLabel = "DAY", description = "First day (YYYY-MM-DD, the brand's time zone). Default: all time.")
    String from;
    @Option(names = "--to", paramLabel = "DAY", description = "Last day, included (YYYY-MM-DD). Default: today, when --from is given.")
    String to;
    @Option(names = "--campaign", paramLabel = "NAME", description = "Only this campaign's posts and polls.")
    String campaign;

    InsightsFilter filter(InsightsService insights) {
        Long campaignId = campaign == null ? null : insights.campaignId(campaign);
        return new InsightsFilter(period(from, to, insights), campaignId);
    }

    /** The days of --from/--to on the brand's clock; null (all time) without them. */
    static InsightsPeriod period(String from, String to, InsightsService insights) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null) {
            throw new VitrineException("--to needs a --from.", "Give the first day too, e.g. --from 2026-11-01 --to 2026-11-30.");
        }
        BrandClock clock = insights.clock();
        LocalDate first = day(from, "--from");
        LocalDate last = to == null ? clock.day(Instant.now()) : day(to, "--to");
        if (last.isBefore(first)) {
            throw new VitrineException("The period ends (" + last + ") before it starts (" + first + ").",
                    "Give a --to on or after --from.");
        }
        return new InsightsPeriod(first, last);
    }

    private static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new VitrineException(option + " " + text + " is not a day.", "Write it as YYYY-MM-DD, e.g. 2026-11-30.");
        }
    }
}
