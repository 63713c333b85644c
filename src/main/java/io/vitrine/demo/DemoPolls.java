package io.vitrine.demo;

import io.vitrine.brand.PublishState;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.workspace.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Demo polls whose vote histories show every verdict: a clear winner, one too early to call, a tie,
 * a segment that reverses the overall winner, options shown unevenly, and a draft still being built.
 */
final class DemoPolls implements DemoStep {
    private static final int SAGE = 0x8A9A7B;
    private static final int TERRACOTTA = 0xC0673F;
    private static final int MIDNIGHT = 0x27355A;
    private static final int LINEN = 0xD8CBB3;
    private static final int VELVET = 0x6B2D47;
    private static final int OCHRE = 0xC99A2E;

    @Override
    public void fill(DemoContext context) {
        Database database = context.workspace().database();
        PollService polls = PollFeature.of(context.workspace()).polls();
        DemoPollOptions options = new DemoPollOptions(database);
        EngagementRepository store = new EngagementRepository(database);
        Instant now = context.anchor();

        // A clear winner: three colourways, a week of votes, the first well ahead.
        long clear = publish(database, polls, new PollDraft("Which colourway should we restock first?",
                options.take(3, new String[] {"Sage", "Terracotta", "Midnight blue"}, new int[] {SAGE, TERRACOTTA, MIDNIGHT}),
                168, List.of("home decor", "lighting"), List.of(), "Lumière Lights", null), now.minus(Duration.ofDays(6)),
                PublishState.PUBLISHED);
        record(store, context, clear, 2_400, now.minus(Duration.ofDays(6)), now, segment -> new double[] {0.46, 0.32, 0.22}, 3);

        // Too early to call: published this morning, a slight lead on 170 votes.
        Instant morning = now.minus(Duration.ofHours(10));
        long early = publish(database, polls, new PollDraft("Linen or velvet for the new cushion covers?",
                options.take(2, new String[] {"Linen", "Velvet"}, new int[] {LINEN, VELVET}), 48, List.of("textiles"),
                List.of("FR", "BE"), "Autumn Nest", null), morning, PublishState.PUBLISHED);
        record(store, context, early, 170, morning, now, segment -> new double[] {0.547, 0.453}, 2);

        // A tie: closed after two weeks, thousands of votes, no meaningful difference.
        Instant tieStart = now.minus(Duration.ofDays(20));
        long tie = publish(database, polls, new PollDraft("Which pattern should go on the homepage?",
                options.take(2, new String[] {"Herringbone", "Chevron"}, new int[] {OCHRE, MIDNIGHT}), 336, List.of(),
                List.of(), "Autumn Nest", null), tieStart, PublishState.CLOSED);
        record(store, context, tie, 3_600, tieStart, tieStart.plus(Duration.ofDays(14)), segment -> new double[] {0.495, 0.505}, 2);

        // A segment reversal: everyone prefers A, but voters in Germany clearly prefer B.
        Instant reversalStart = now.minus(Duration.ofDays(4));
        long reversal = publish(database, polls, new PollDraft("Which would you pick for an autumn living room?",
                options.take(2, new String[] {"Amber glass", "Smoked glass"}, new int[] {OCHRE, 0x5E5A57}), 168,
                List.of("home decor"), List.of(), "Autumn Nest", null), reversalStart, PublishState.PUBLISHED);
        record(store, context, reversal, 2_000, reversalStart, now,
                segment -> "DE".equals(segment.region()) ? new double[] {0.33, 0.67} : new double[] {0.63, 0.37}, 2);

        // Options shown unevenly: the sample-ratio check flags it next to the verdict.
        Instant totesStart = now.minus(Duration.ofDays(2));
        long totes = publish(database, polls, new PollDraft("Which print should our tote bag get?",
                options.designs(new String[] {"Stripes", "Dots", "Checks"}, new int[] {MIDNIGHT, TERRACOTTA, SAGE},
                        DemoSwatches.Pattern.STRIPES), 96, List.of("design", "sustainable living"), List.of(), null, null),
                totesStart, PublishState.PUBLISHED);
        DemoPollVotes audience = new DemoPollVotes(context.random(), totes);
        List<EngagementEvent> events = new ArrayList<>(audience.votes(640, totesStart, now,
                segment -> new double[] {0.45, 0.3, 0.25}, new double[] {0.4, 0.36, 0.24}));
        events.addAll(audience.comments(12, totesStart, now, List.of("Stripes", "Dots", "Checks")));
        store.store(events);

        // A draft still being built, with an out-of-stock product if the catalog has one (the builder warns).
        List<OptionDraft> draftOptions = new ArrayList<>(options.designs(new String[] {"Speckled glaze", "Matte white"},
                new int[] {0xB9A89A, 0xEEEBE4}, DemoSwatches.Pattern.DOTS));
        OptionDraft soldOut = options.outOfStockItem();
        if (soldOut != null) {
            draftOptions.add(soldOut);
        }
        polls.saveDraft(null, new PollDraft("Which mug glaze should we make for the spring range?", draftOptions, 72,
                List.of("home decor"), List.of(), "Lumière Lights", null));
    }

    private static long publish(Database database, PollService polls, PollDraft draft, Instant publishedAt, PublishState status) {
        long id = polls.saveDraft(null, draft).id();
        DemoRepository.publishPoll(database, id, status, publishedAt);
        return id;
    }

    private static void record(EngagementRepository store, DemoContext context, long pollId, int votes, Instant start, Instant end,
                               Function<Segment, double[]> preference, int options) {
        DemoPollVotes audience = new DemoPollVotes(context.random(), pollId);
        List<EngagementEvent> events = new ArrayList<>(audience.votes(votes, start, end, preference, DemoPollVotes.even(options)));
        List<String> labels = DemoRepository.optionLabels(context.workspace().database(), pollId);
        events.addAll(audience.comments(Math.max(6, Math.min(40, votes / 60)), start, end, labels));
        store.store(events.stream().filter(Objects::nonNull).toList());
    }
}
