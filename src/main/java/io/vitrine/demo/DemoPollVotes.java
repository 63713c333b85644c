package io.vitrine.demo;

import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A poll's audience: who saw which option, who voted for what and what they wrote. Preferences may
 * depend on the voter's segment (that is how a segment reversal arises). Who votes when, and from which
 * segment, is random; the split between options follows the preference by quota, so each demo poll
 * shows its intended verdict whatever the random draws. Deterministic from the random.
 */
final class DemoPollVotes {
    static final String[] INTERESTS = {"home decor", "lighting", "textiles", "sustainable living", "design"};
    private static final double[] INTEREST_WEIGHTS = {0.32, 0.22, 0.2, 0.14, 0.12};
    static final String[] REGIONS = {"FR", "DE", "IT", "ES", "GB", "US"};
    private static final double[] REGION_WEIGHTS = {0.34, 0.2, 0.12, 0.1, 0.14, 0.1};
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55+"};
    private static final double[] AGE_WEIGHTS = {0.16, 0.34, 0.26, 0.15, 0.09};
    private static final String[] GENERAL_COMMENTS = {
        "Love this brand!", "Can't wait to see which one wins", "Will it come in a bigger size?",
        "Both are gorgeous, tough call", "Please ship to Belgium too", "Saw this in the Lyon shop last week",
        "Hard choice honestly", "Is the price the same for all of them?"};
    private static final String[] OPTION_COMMENTS = {
        "%s all the way!", "%s would look perfect in my living room", "Team %s", "%s please, and keep it in stock this time",
        "%s is so calming", "My mum would love %s", "%s, no question"};

    private final Random random;
    private final long pollId;
    private final Map<String, long[]> quotas = new HashMap<>();
    private int sequence;

    DemoPollVotes(Random random, long pollId) {
        this.random = random;
        this.pollId = pollId;
    }

    /**
     * Votes (and as many impressions) spread over [start, end), front-loaded as real polls are.
     *
     * @param preference the chance of each option for a voter of a segment
     * @param showing    how often each option is shown (even, unless a sample-ratio problem is wanted)
     */
    List<EngagementEvent> votes(int count, Instant start, Instant end, Function<Segment, double[]> preference,
                                double[] showing) {
        List<EngagementEvent> events = new ArrayList<>(count * 2);
        for (int i = 0; i < count; i++) {
            Segment voter = segment();
            events.add(event(EventType.VOTE, when(start, end), byQuota("vote", preference.apply(voter)), null, voter));
            events.add(event(EventType.IMPRESSION, when(start, end), byQuota("impression", showing), null, segment()));
        }
        return events;
    }

    List<EngagementEvent> comments(int count, Instant start, Instant end, List<String> labels) {
        List<EngagementEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = random.nextDouble() < 0.6
                    ? String.format(OPTION_COMMENTS[random.nextInt(OPTION_COMMENTS.length)], labels.get(random.nextInt(labels.size())))
                    : GENERAL_COMMENTS[random.nextInt(GENERAL_COMMENTS.length)];
            events.add(event(EventType.COMMENT, when(start, end), null, text, segment()));
        }
        return events;
    }

    static double[] even(int options) {
        double[] weights = new double[options];
        java.util.Arrays.fill(weights, 1.0 / options);
        return weights;
    }

    private EngagementEvent event(EventType type, Instant at, Integer option, String comment, Segment segment) {
        String id = String.format("demo-poll-%d-%06d", pollId, ++sequence);
        return new EngagementEvent(id, type, at, null, pollId, option, null, null, null, comment, segment);
    }

    private Segment segment() {
        return segment(random);
    }

    /** A member of the demo audience: interest, region and age band in the demo's proportions. */
    static Segment segment(Random random) {
        return new Segment(INTERESTS[weighted(random, INTEREST_WEIGHTS)], REGIONS[weighted(random, REGION_WEIGHTS)],
                AGE_BANDS[weighted(random, AGE_WEIGHTS)], random.nextDouble() < 0.4);
    }

    /** Most votes come soon after publication: the density falls off over the poll's life. */
    private Instant when(Instant start, Instant end) {
        long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        return start.plusSeconds((long) (span * Math.pow(random.nextDouble(), 1.6)));
    }

    /** The option furthest behind its share so far among events with the same weights: counts follow the weights. */
    private int byQuota(String kind, double[] weights) {
        long[] given = quotas.computeIfAbsent(kind + Arrays.toString(weights), k -> new long[weights.length + 1]);
        long total = ++given[weights.length];
        int chosen = 0;
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < weights.length; i++) {
            double deficit = weights[i] * total - given[i];
            if (deficit > worst) {
                worst = deficit;
                chosen = i;
            }
        }
        given[chosen]++;
        return chosen;
    }

    private static int weighted(Random random, double[] weights) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
