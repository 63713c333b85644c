package io.vitrine.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Insights question on the hand-counted fixture (see {@link InsightsFixture} for the events). */
class InsightsServiceIT {
    @TempDir
    Path dir;
    Workspace ws;
    InsightsFixture f;
    InsightsService insights;
    final InsightsFilter period = InsightsFilter.ALL.during(InsightsFixture.PERIOD);

    @BeforeEach
    void fixture() {
        ws = Workspace.create(dir.resolve("i.vitrine"), "Insights");
        f = InsightsFixture.fill(ws);
        insights = new InsightsService(ws.database());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void summaryCountsTheBrandsDaysWithRevenuePerCurrencyAndThePreviousPeriod() {
        Summary s = insights.summary(period);
        assertThat(s.timeZone()).isEqualTo("Europe/Paris");
        Totals t = s.totals();
        // A: a1 a2 a3 a9, B: b1 b2, poll: p1 p2 (a0 is the previous period, a12 the 13th in Paris)
        assertThat(t.count(EventType.IMPRESSION)).isEqualTo(8);
        assertThat(t.count(EventType.SMILE)).isEqualTo(1);
        assertThat(t.count(EventType.COMMENT)).isEqualTo(1);
        assertThat(t.count(EventType.VOTE)).isEqualTo(1);
        assertThat(t.count(EventType.PRODUCT_CLICK)).isEqualTo(5);
        assertThat(t.count(EventType.ADD_TO_CART)).isEqualTo(1);
        assertThat(t.count(EventType.PURCHASE)).isEqualTo(3);
        assertThat(t.revenue()).containsExactly(new Money("EUR", 179_000_000L), new Money("GBP", 40_000_000L));
        // post clicks a5 a8 a10 b3 over post impressions a1 a2 a3 a9 b1 b2: the poll's p4 and p1 p2 stay out
        assertThat(t.clickThrough()).isCloseTo(4.0 / 6, within(1e-9));

        assertThat(s.previousPeriod()).isEqualTo(new InsightsPeriod(LocalDate.parse("2026-11-07"), LocalDate.parse("2026-11-09")));
        assertThat(s.previous().count(EventType.IMPRESSION)).isEqualTo(1);
        assertThat(s.previous().revenue()).containsExactly(new Money("EUR", 89_500_000L));
        assertThat(s.change(EventType.IMPRESSION)).isEqualTo(7.0);
        assertThat(s.revenueChange("EUR")).isEqualTo(1.0);
        assertThat(s.revenueChange("GBP")).isNull();
    }

    @Test
    void allTimeHasNoPreviousPeriodAndSpansTheDaysWithEvents() {
        Summary s = insights.summary(InsightsFilter.ALL);
        assertThat(s.previous()).isNull();
        assertThat(s.period()).isEqualTo(new InsightsPeriod(LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-13")));
        assertThat(s.totals().count(EventType.IMPRESSION)).isEqualTo(10);
    }

    @Test
    void aDayWithoutEventsIsZeroNotMissing() {
        TimeSeries daily = new InsightsSeries(insights).series(period, TimeBucket.DAY);
        assertThat(daily.starts()).hasSize(3);
        assertThat(daily.values(EventType.IMPRESSION)).containsExactly(6, 0, 2);
        assertThat(daily.values(EventType.PRODUCT_CLICK)).containsExactly(2, 0, 3);
        assertThat(daily.revenue().get("EUR")).containsExactly(89_500_000L, 0, 89_500_000L);
        assertThat(daily.revenue().get("GBP")).containsExactly(0, 0, 40_000_000L);

        TimeSeries hourly = new InsightsSeries(insights).series(period, TimeBucket.HOUR);
        assertThat(hourly.starts()).hasSize(72);
        assertThat(hourly.values(EventType.IMPRESSION)[0]).isEqualTo(1); // a1, 00:30 Paris
        assertThat(java.util.Arrays.stream(hourly.values(EventType.IMPRESSION)).sum()).isEqualTo(8);
        assertThat(new InsightsSeries(insights).series(period, null).bucket()).isEqualTo(TimeBucket.HOUR);
    }

    @Test
    void postsAndProductsSayWhatSold() {
        List<PublicationTotals> posts = insights.posts(period);
        assertThat(posts).extracting(PublicationTotals::id).containsExactly(f.postA, f.postB);
        Totals a = posts.get(0).totals();
        assertThat(a.count(EventType.IMPRESSION)).isEqualTo(4);
        assertThat(a.count(EventType.PRODUCT_CLICK)).isEqualTo(3);
        assertThat(a.count(EventType.PURCHASE)).isEqualTo(2);
        assertThat(a.revenue()).containsExactly(new Money("EUR", 89_500_000L), new Money("GBP", 40_000_000L));
        assertThat(posts.get(1).totals().revenue()).containsExactly(new Money("EUR", 89_500_000L));

        List<ProductTotals> products = insights.products(period);
        assertThat(products).extracting(ProductTotals::itemId).containsExactly("LAMP-1", "VASE-2");
        ProductTotals lamp = products.get(0);
        assertThat(lamp.title()).isEqualTo("Lune lamp");
        assertThat(lamp.posts()).isEqualTo(2);
        assertThat(lamp.totals().count(EventType.PRODUCT_CLICK)).isEqualTo(3); // a5 b3, and p4 through the poll
        assertThat(lamp.totals().count(EventType.PURCHASE)).isEqualTo(2);
        assertThat(lamp.totals().revenue()).containsExactly(new Money("EUR", 179_000_000L));
        assertThat(products.get(1).totals().revenue()).containsExactly(new Money("GBP", 40_000_000L));
        assertThat(lamp.conversion()).isCloseTo(2.0 / 3, within(1e-9));

        List<PublicationTotals> sources = insights.productSources(period, "LAMP-1");
        assertThat(sources).extracting(PublicationTotals::kind, PublicationTotals::id)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("post", f.postA),
                        org.assertj.core.groups.Tuple.tuple("post", f.postB), org.assertj.core.groups.Tuple.tuple("poll", f.poll));
    }

    @Test
    void aCampaignCountsOnlyItsPostsAndPolls() {
        InsightsFilter autumn = new InsightsFilter(InsightsFixture.PERIOD, f.campaign);
        Totals t = insights.summary(autumn).totals();
        assertThat(t.count(EventType.IMPRESSION)).isEqualTo(6); // A's four, the poll's two
        assertThat(t.clickThrough()).isCloseTo(3.0 / 4, within(1e-9));
        List<ProductTotals> products = insights.products(autumn);
        assertThat(products.get(0).itemId()).isEqualTo("LAMP-1");
        assertThat(products.get(0).posts()).isEqualTo(1);
        assertThat(products.get(0).totals().count(EventType.PRODUCT_CLICK)).isEqualTo(2);
        assertThat(insights.posts(autumn)).extracting(PublicationTotals::id).containsExactly(f.postA);
    }

    @Test
    void funnelStepsCarryTheShareOfTheStepBefore() {
        List<FunnelStep> steps = insights.funnel(period).steps();
        assertThat(steps).extracting(FunnelStep::name)
                .containsExactly("impressions", "engagements", "product_clicks", "add_to_carts", "purchases");
        assertThat(steps).extracting(FunnelStep::count).containsExactly(8L, 3L, 5L, 1L, 3L);
        assertThat(steps.get(0).rate()).isNull();
        assertThat(steps.get(1).rate()).isEqualTo(3.0 / 8);
    }

    @Test
    void segmentsAndPinHeat() {
        Map<SegmentDimension, List<SegmentRow>> segments = insights.segments(period);
        List<SegmentRow> regions = segments.get(SegmentDimension.REGION);
        assertThat(regions).extracting(SegmentRow::label).containsExactly("FR", "DE", "Unknown");
        assertThat(regions).extracting(r -> r.events().get(EventType.IMPRESSION)).containsExactly(4L, 2L, 2L);
        assertThat(segments.get(SegmentDimension.RETURNING)).extracting(SegmentRow::label)
                .containsExactly("New", "Returning", "Unknown");

        PostResults a = new PostResultsQuery(insights, new InsightsSeries(insights)).results(f.postA, period);
        assertThat(a.post().totals().count(EventType.PRODUCT_CLICK)).isEqualTo(3);
        assertThat(a.pins()).extracting(PinHeat::itemId, PinHeat::clicks, PinHeat::heat).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LAMP-1", 1L, 0.5), org.assertj.core.groups.Tuple.tuple("VASE-2", 2L, 1.0));
        assertThat(a.products()).extracting(ProductTotals::itemId).containsExactly("VASE-2", "LAMP-1"); // 1 purchase each, more clicks first
        assertThat(a.series().values(EventType.IMPRESSION)).hasSize(72);
    }

    @Test
    void rankingPutsTheBestSellerOnTopWithItsSparkline() {
        PostRanking ranking = new InsightsSeries(insights).ranking(period, EventType.PRODUCT_CLICK, 1);
        assertThat(ranking.top()).extracting(r -> r.post().id()).containsExactly(f.postA);
        assertThat(ranking.top().get(0).daily()).containsExactly(2, 0, 1);
        assertThat(ranking.bottom()).extracting(r -> r.post().id()).containsExactly(f.postB);
    }

    @Test
    void changingTheBrandsTimeZoneRebuildsTheRollups() {
        ws.database().write(sql -> sql.update("UPDATE brand_profile SET time_zone = 'UTC'"));
        TimeSeries daily = new InsightsSeries(insights).series(period, TimeBucket.DAY);
        // on UTC a1 (23:30Z on the 9th) leaves the period and b2 (23:00Z on the 11th) moves to the 11th
        assertThat(daily.values(EventType.IMPRESSION)).containsExactly(5, 1, 2);
        assertThat(insights.clock().zone().getId()).isEqualTo("UTC");
    }

    @Test
    void afterMigrationTheRollupsAreRebuiltFromTheEvents() {
        Summary before = insights.summary(period);
        ws.database().write(sql -> { // as V42 leaves a workspace: empty rollups, no zone recorded
            for (String table : List.of("insights_zone", "insights_daily", "insights_hourly", "insights_segment_daily",
                    "insights_item_daily")) {
                sql.update("DELETE FROM " + table);
            }
            return null;
        });
        assertThat(insights.summary(period)).isEqualTo(before);
        assertThat(insights.segments(period).get(SegmentDimension.REGION)).hasSize(3);
    }

    @Test
    void countsEqualAPlainGroupByOverTheEvents() {
        RawCounts raw = new RawCounts(ws.database(), insights.clock());
        for (InsightsFilter filter : List.of(InsightsFilter.ALL, period, new InsightsFilter(InsightsFixture.PERIOD, f.campaign),
                InsightsFilter.campaign(f.campaign))) {
            raw.assertMatches(insights, filter);
        }
    }

    @Test
    void manyRandomEventsOnAHalfHourZoneStillMatchTheGroupByAndADeletedPostLeavesNoRollups() {
        ws.database().write(sql -> sql.update("UPDATE brand_profile SET time_zone = 'Asia/Kolkata'"));
        java.util.Random random = new java.util.Random(7);
        List<EngagementEvent> events = new java.util.ArrayList<>();
        String[] items = {"LAMP-1", "VASE-2", "GONE-9"};
        for (int i = 0; i < 5000; i++) {
            EventType type = EventType.values()[random.nextInt(EventType.values().length)];
            boolean poll = type == EventType.VOTE || random.nextInt(5) == 0;
            java.time.Instant at = java.time.Instant.parse("2026-11-01T00:00:00Z").plusMillis(random.nextInt(20 * 86_400) * 1000L
                    + (random.nextBoolean() ? random.nextInt(1000) : 0));
            String item = type.isShopping() ? items[random.nextInt(items.length)] : null;
            boolean purchase = type == EventType.PURCHASE;
            events.add(new EngagementEvent("r" + i, type, at, poll ? null : (random.nextBoolean() ? f.postA : f.postB),
                    poll ? f.poll : null, poll ? random.nextInt(2) : null, item, purchase ? 10_000_000L + random.nextInt(5) : null,
                    purchase ? (random.nextBoolean() ? "EUR" : "USD") : null, null,
                    random.nextBoolean() ? InsightsFixture.FR : Segment.UNKNOWN));
        }
        new EngagementRepository(ws.database()).store(events);
        RawCounts raw = new RawCounts(ws.database(), insights.clock());
        InsightsPeriod week = new InsightsPeriod(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-11"));
        for (InsightsFilter filter : List.of(InsightsFilter.ALL, InsightsFilter.ALL.during(week),
                new InsightsFilter(week, f.campaign), InsightsFilter.ALL.during(week.previous()))) {
            raw.assertMatches(insights, filter);
        }
        ws.database().write(sql -> sql.update("UPDATE post SET campaign_id = ? WHERE id = ?", f.campaign, f.postB));
        raw.assertMatches(insights, new InsightsFilter(week, f.campaign));
        ws.database().write(sql -> sql.update("UPDATE post SET campaign_id = NULL WHERE id = ?", f.postA));
        raw.assertMatches(insights, InsightsFilter.campaign(f.campaign));
        ws.database().write(sql -> sql.update("DELETE FROM post WHERE id = ?", f.postB));
        raw.assertMatches(insights, InsightsFilter.ALL);
        long left = ws.database().read(sql -> sql.scalar("SELECT count(*) FROM insights_hourly WHERE subject_kind = 'post'"
                + " AND subject_id = ?", f.postB));
        assertThat(left).isZero();
    }
}
