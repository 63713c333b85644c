package io.vitrine.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BrandClockTest {
    @Test
    void hoursAndDaysAreTheBrandsLocalOnes() {
        BrandClock paris = BrandClock.of("Europe/Paris");
        Instant lateUtc = Instant.parse("2026-11-09T23:30:00Z"); // 00:30 on the 10th in Paris
        assertThat(paris.day(lateUtc)).isEqualTo(LocalDate.parse("2026-11-10"));
        assertThat(paris.hourStart(lateUtc)).isEqualTo(Instant.parse("2026-11-09T23:00:00Z"));
        assertThat(paris.dayStart(LocalDate.parse("2026-11-10"))).isEqualTo(Instant.parse("2026-11-09T23:00:00Z"));
    }

    @Test
    void aHalfHourZoneStartsItsDaysOnABucketBoundary() {
        BrandClock kolkata = BrandClock.of("Asia/Kolkata"); // UTC+5:30
        Instant start = kolkata.dayStart(LocalDate.parse("2026-11-10"));
        assertThat(start).isEqualTo(Instant.parse("2026-11-09T18:30:00Z"));
        assertThat(kolkata.hourStart(start.plusSeconds(59 * 60))).isEqualTo(start);
        assertThat(kolkata.hourStart(start.minusSeconds(1))).isEqualTo(start.minusSeconds(3600));
        assertThat(kolkata.day(start.minusSeconds(1))).isEqualTo(LocalDate.parse("2026-11-09"));
    }

    @Test
    void theNightTheClocksGoBackHasTwoOneOClockHours() {
        BrandClock paris = BrandClock.of("Europe/Paris");
        // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:00–03:00 local happens twice
        Instant first = Instant.parse("2026-10-25T00:30:00Z");
        Instant second = Instant.parse("2026-10-25T01:30:00Z");
        assertThat(paris.hourStart(first)).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(paris.hourStart(second)).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(paris.day(first)).isEqualTo(paris.day(second));
    }

    @Test
    void anUnknownZoneReadsAsUtc() {
        assertThat(BrandClock.of("Mars/Olympus")).isEqualTo(BrandClock.UTC);
        assertThat(BrandClock.of(null)).isEqualTo(BrandClock.UTC);
    }

    @Test
    void eventBoundsSortAroundEveryPrecision() {
        String bound = EventTimes.bound(Instant.parse("2026-11-10T09:00:00Z"));
        assertThat("2026-11-10T09:00:00Z").isGreaterThanOrEqualTo(bound);
        assertThat("2026-11-10T09:00:00.5Z").isGreaterThan(bound);
        assertThat("2026-11-10T09:00:00.000000001Z").isGreaterThan(bound);
        assertThat("2026-11-10T08:59:59.999Z").isLessThan(bound);
    }
}
