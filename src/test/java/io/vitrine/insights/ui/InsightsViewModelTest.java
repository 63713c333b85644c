package io.vitrine.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementStore;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.Segment;
import io.vitrine.post.PostFixtures;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's state without a screen: which campaign and period, and the figures for them. */
class InsightsViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    InsightsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = PostFixtures.workspace(dir.resolve("i.vitrine"));
        long[] posts = workspace.database().write(sql -> {
            long brand = PostFixtures.brandId(workspace);
            long campaign = sql.scalar("SELECT id FROM campaign WHERE name = 'Autumn Nest'");
            long inCampaign = sql.insert("INSERT INTO post(brand_id, campaign_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, ?, 'Linen season', 'published', 'x', 'x')", brand, campaign);
            long alone = sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, 'Lamps for long evenings', 'published', 'x', 'x')", brand);
            return new long[] {inCampaign, alone};
        });
        List<EngagementEvent> events = new ArrayList<>();
        clicks(events, posts[0], 6, NOW.minus(Duration.ofDays(2)));
        clicks(events, posts[1], 4, NOW.minus(Duration.ofDays(2)));
        clicks(events, posts[1], 5, NOW.minus(Duration.ofDays(20)));
        new EngagementStore(workspace.database()).store(events);
        model = new InsightsViewModel(InsightsFeature.of(workspace.database()).queries(), new InlineTaskExecutor(dialogs),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static void clicks(List<EngagementEvent> events, long post, int count, Instant at) {
        Segment segment = new Segment("home", "FR", "25-34", false);
        for (int i = 0; i < count; i++) {
            events.add(new EngagementEvent(post + "-" + at + "-" + i, EventType.PRODUCT_CLICK, at.plusSeconds(i), post, null, null,
                    "LAMP-SAND", null, null, null, segment));
        }
    }

    /** Product clicks in the figures shown. */
    private long shownClicks() {
        return model.snapshotProperty().get().totals().getOrDefault(EventType.PRODUCT_CLICK, 0L);
    }

    @Test
    void refreshOffersEveryCampaignAfterAllCampaignsAndShowsTheLast30Days() {
        model.refresh();
        assertThat(model.campaigns()).extracting(CampaignRef::name).containsExactly("All campaigns", "Autumn Nest");
        assertThat(model.campaignProperty().get()).isEqualTo(InsightsViewModel.ALL_CAMPAIGNS);
        assertThat(model.periodProperty().get()).isEqualTo(InsightsViewModel.Period.LAST_30_DAYS);
        assertThat(shownClicks()).isEqualTo(15);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCampaignAndAShorterPeriodNarrowTheFigures() {
        model.refresh();
        model.periodProperty().set(InsightsViewModel.Period.LAST_7_DAYS);
        assertThat(shownClicks()).isEqualTo(10);
        model.campaignProperty().set(model.campaigns().get(1));
        assertThat(shownClicks()).isEqualTo(6);
        model.periodProperty().set(InsightsViewModel.Period.ALL_TIME);
        assertThat(shownClicks()).isEqualTo(6);
    }

    @Test
    void aCampaignThatWentAwayFallsBackToAllCampaigns() {
        model.refresh();
        model.campaignProperty().set(model.campaigns().get(1));
        workspace.database().write(sql -> sql.update("DELETE FROM campaign"));
        model.refresh();
        assertThat(model.campaigns()).containsExactly(InsightsViewModel.ALL_CAMPAIGNS);
        assertThat(model.campaignProperty().get()).isEqualTo(InsightsViewModel.ALL_CAMPAIGNS);
        assertThat(shownClicks()).isEqualTo(15);
    }
}
