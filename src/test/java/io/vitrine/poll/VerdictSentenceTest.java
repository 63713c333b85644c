package io.vitrine.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.poll.stats.PollStatisticsEngine;
import io.vitrine.poll.stats.SampleRatio;
import io.vitrine.poll.stats.StatisticsSettings;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verdict in plain words for each situation a marketer meets. */
class VerdictSentenceTest {
    private static Locale saved;
    private final StatisticsSettings settings = StatisticsSettings.defaults();
    private final PollStatisticsEngine engine = new PollStatisticsEngine(settings);
    private final Poll poll = new Poll(1, 1, null, "Which colour?", null, 24, List.of(), List.of(), PublishState.PUBLISHED, null,
            null, null, null, Instant.EPOCH, Instant.EPOCH, List.of(new PollOption(0, "Colour A", null, "a"),
            new PollOption(1, "Colour B", null, "b")));

    @BeforeAll
    static void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    private String say(long a, long b) {
        var stats = engine.analyse(new long[] {a, b});
        return VerdictSentence.of(poll, stats, engine.checkSampleRatio(new long[] {0, 0}), settings);
    }

    @Test
    void eachVerdictInWords() {
        assertThat(say(0, 0)).isEqualTo("No votes yet. A call needs at least 100 votes.");
        assertThat(say(30, 12)).isEqualTo("Too early to call: 42 votes so far, and a call needs at least 100."
                + " Colour A is ahead with over 99% probability of being the favourite.");
        assertThat(say(20, 20)).contains("Colour A and Colour B are level.");
        assertThat(say(300, 700)).isEqualTo("Colour B leads with over 99% probability of being the favourite (1,000 votes).");
        assertThat(say(72, 88)).matches("Colour B leads with 9\\d% probability; about [\\d,]+ more votes needed to call it\\.");
        assertThat(say(1510, 1490)).isEqualTo("No meaningful difference between Colour A and Colour B: with 3,000 votes,"
                + " neither is preferred by more than 55 to 45.");
    }

    @Test
    void unevenShowingAddsACaution() {
        var stats = engine.analyse(new long[] {300, 700});
        SampleRatio uneven = engine.checkSampleRatio(new long[] {1200, 800});
        assertThat(VerdictSentence.of(poll, stats, uneven, settings))
                .endsWith("Caution: Colour B was shown 20% less often than an even split, so these results may be biased.");
    }

    @Test
    void probabilitiesNeverClaimCertaintyAndProjectionsAreRounded() {
        assertThat(VerdictSentence.probability(0.8712)).isEqualTo("87%");
        assertThat(VerdictSentence.probability(0.9999)).isEqualTo("over 99%");
        assertThat(VerdictSentence.probability(0.0001)).isEqualTo("under 1%");
        assertThat(VerdictSentence.roughly(18)).isEqualTo(20);
        assertThat(VerdictSentence.roughly(437)).isEqualTo(450);
        assertThat(VerdictSentence.roughly(3_412)).isEqualTo(3_400);
        assertThat(VerdictSentence.roughly(123_456)).isEqualTo(120_000);
    }
}
