package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionStatsTest {
    @Test
    void countsHashtagsAndMentionsAsThePlatformDoes() {
        CaptionStats stats = CaptionStats.of("Evenings, softer. #lighting #autumn_2026 with @maison.lumiere and @anna_b. "
                + "Not tags: email@example.com, a#b, #123, ##, C# and & #café");
        assertThat(stats.hashtags()).containsExactly("lighting", "autumn_2026", "café");
        assertThat(stats.mentions()).containsExactly("maison.lumiere", "anna_b");
    }

    @Test
    void countsCharactersAsPeopleDoIncludingEmoji() {
        assertThat(CaptionStats.of("Hi 👋🏽!").characters()).isEqualTo(6);
        assertThat(CaptionStats.of(null).characters()).isZero();
    }
}
