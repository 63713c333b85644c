package io.vitrine.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementStore;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Insights screen on a workspace with two weeks of engagement: tiles, charts, top posts, chart export. */
class InsightsViewTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;

    final ViewFixture fixture = new ViewFixture();

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        workspace.close();
    }

    @Test
    void showsTheNumbersAndSavesAChart() throws Exception {
        workspace = Workspace.create(dir.resolve("i.vitrine"), "Insights");
        long[] posts = workspace.database().write(sql -> {
            long brand = sql.insert("INSERT INTO brand_profile(name, handle, created_at) VALUES ('B', 'b', 'x')");
            long a = sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, 'Linen season is here', 'published', 'x', 'x')", brand);
            long b = sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, 'Lamps for long evenings', 'published', 'x', 'x')", brand);
            return new long[] {a, b};
        });
        Random random = new Random(1);
        List<EngagementEvent> events = new ArrayList<>();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(14, ChronoUnit.DAYS);
        String[] regions = {"FR", "DE", "ES", "IT"};
        int n = 0;
        for (int day = 0; day < 14; day++) {
            for (int i = 0; i < 40 + day * 5; i++) {
                long post = posts[i % 3 == 0 ? 1 : 0];
                Instant at = start.plus(day, ChronoUnit.DAYS).plusSeconds(random.nextInt(86_000));
                Segment segment = new Segment(i % 2 == 0 ? "home" : "design", regions[random.nextInt(4)], "25-34", i % 4 == 0);
                EventType type = i % 10 == 0 ? EventType.PRODUCT_CLICK : i % 7 == 0 ? EventType.SMILE : EventType.IMPRESSION;
                events.add(new EngagementEvent("e" + n++, type, at, post, null, null, null, null, null, null, segment));
                if (i % 40 == 0) {
                    events.add(new EngagementEvent("e" + n++, EventType.PURCHASE, at.plusSeconds(60), post, null, null,
                            "LAMP-1", 79_000_000L, "EUR", null, segment));
                }
            }
        }
        new EngagementStore(workspace.database()).store(events);
        long impressions = events.stream().filter(e -> e.type() == EventType.IMPRESSION).count();

        fixture.dialogs.answerFile(dir.resolve("audience.svg"));
        fixture.show(workspace, InsightsView::new, 1280, 900);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#kpi-impression").tryQuery().isPresent());

        assertThat(lookup("#campaignBox").queryComboBox().getValue()).isEqualTo(InsightsViewModel.ALL_CAMPAIGNS);
        Label value = (Label) lookup("#kpi-impression .kpi-value").query();
        assertThat(value.getText().replaceAll("\\D", "")).isEqualTo(String.valueOf(impressions));
        assertThat(lookup("#kpi-revenue").tryQuery()).isPresent();
        TableView<PublicationTotals> top = lookup("#topPostsTable").queryTableView();
        assertThat(top.getItems()).hasSize(2);
        assertThat(top.getItems().get(0).totals().count(EventType.PRODUCT_CLICK))
                .isGreaterThanOrEqualTo(top.getItems().get(1).totals().count(EventType.PRODUCT_CLICK));
        Snapshots.save(fixture.stage().getScene(), "insights");

        clickOn("#saveChartButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.status.noticeProperty().get().startsWith("Saved chart"));
        assertThat(Files.readString(dir.resolve("audience.svg"))).contains("<svg").contains("Impressions");
        assertThat(fixture.dialogs.errors).isEmpty();
    }
}
