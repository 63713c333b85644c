package io.vitrine.insights;

import io.vitrine.workspace.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-counted workspace on Paris time: posts A (campaign Autumn, pins LAMP-1 and VASE-2) and B (pin
 * LAMP-1), poll P (Autumn). The period 10–12 Nov 2026 has a day without events (the 11th), purchases in EUR
 * and GBP, poll impressions, events just either side of Paris midnights, and a previous period (7–9 Nov).
 */
public final class InsightsFixture {
    public static final InsightsPeriod PERIOD = new InsightsPeriod(java.time.LocalDate.parse("2026-11-10"),
            java.time.LocalDate.parse("2026-11-12"));
    static final Segment FR = new Segment("home", "FR", "25-34", false);
    static final Segment DE = new Segment("design", "DE", "35-44", true);

    public long brand;
    public long campaign;
    public long postA;
    public long postB;
    public long poll;
    final List<EngagementEvent> events = new ArrayList<>();

    public static InsightsFixture fill(Workspace ws) {
        InsightsFixture f = new InsightsFixture();
        ws.database().write(sql -> {
            f.brand = sql.insert("INSERT INTO brand_profile(name, handle, time_zone, created_at)"
                    + " VALUES ('B', 'b', 'Europe/Paris', 'x')");
            f.campaign = sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Autumn', 'x')");
            sql.update("INSERT INTO catalog_item(id, title, price_micros, currency, updated_at) VALUES"
                    + " ('LAMP-1', 'Lune lamp', 89500000, 'EUR', 'x'), ('VASE-2', 'Onde vase', 40000000, 'GBP', 'x')");
            f.postA = sql.insert("INSERT INTO post(brand_id, campaign_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, ?, 'Post A', 'published', 'x', 'x')", f.brand, f.campaign);
            f.postB = sql.insert("INSERT INTO post(brand_id, caption, status, created_at, updated_at)"
                    + " VALUES (?, 'Post B', 'published', 'x', 'x')", f.brand);
            sql.update("INSERT INTO post_tag(post_id, image_position, item_id, x, y) VALUES (?, 0, 'LAMP-1', 0.3, 0.4),"
                    + " (?, 0, 'VASE-2', 0.7, 0.6), (?, 0, 'LAMP-1', 0.5, 0.5)", f.postA, f.postA, f.postB);
            f.poll = sql.insert("INSERT INTO poll(brand_id, campaign_id, question, duration_hours, status, created_at, updated_at)"
                    + " VALUES (?, ?, 'Which lamp?', 48, 'published', 'x', 'x')", f.brand, f.campaign);
            return null;
        });
        f.post("a0", EventType.IMPRESSION, f.postA, "2026-11-08T12:00:00Z", null, null, null);
        f.post("a00", EventType.PRODUCT_CLICK, f.postA, "2026-11-08T12:01:00Z", "LAMP-1", null, null);
        f.post("a000", EventType.PURCHASE, f.postA, "2026-11-08T12:02:00Z", "LAMP-1", 89_500_000L, "EUR");
        f.post("a1", EventType.IMPRESSION, f.postA, "2026-11-09T23:30:00Z", null, null, null); // 00:30 on the 10th in Paris
        f.post("a2", EventType.IMPRESSION, f.postA, "2026-11-10T09:00:00Z", null, null, null);
        f.post("a3", EventType.IMPRESSION, f.postA, "2026-11-10T09:10:00.500Z", null, null, null);
        f.post("a4", EventType.SMILE, f.postA, "2026-11-10T09:20:00Z", null, null, null);
        f.post("a5", EventType.PRODUCT_CLICK, f.postA, "2026-11-10T09:21:00Z", "LAMP-1", null, null);
        f.post("a6", EventType.ADD_TO_CART, f.postA, "2026-11-10T09:22:00Z", "LAMP-1", null, null);
        f.post("a7", EventType.PURCHASE, f.postA, "2026-11-10T09:23:00Z", "LAMP-1", 89_500_000L, "EUR");
        f.post("a8", EventType.PRODUCT_CLICK, f.postA, "2026-11-10T09:30:00Z", "VASE-2", null, null);
        f.pollEvent("p1", EventType.IMPRESSION, 0, "2026-11-10T10:00:00Z", null);
        f.pollEvent("p2", EventType.IMPRESSION, 1, "2026-11-10T10:01:00Z", null);
        f.pollEvent("p3", EventType.VOTE, 0, "2026-11-10T10:02:00Z", null);
        f.post("b1", EventType.IMPRESSION, f.postB, "2026-11-10T22:59:59Z", null, null, null); // 23:59:59 in Paris
        // the 11th: nothing at all
        f.post("b2", EventType.IMPRESSION, f.postB, "2026-11-11T23:00:00Z", null, null, null); // midnight of the 12th
        f.post("a9", EventType.IMPRESSION, f.postA, "2026-11-12T08:00:00Z", null, null, null);
        f.post("a10", EventType.PRODUCT_CLICK, f.postA, "2026-11-12T08:05:00Z", "VASE-2", null, null);
        f.post("a11", EventType.PURCHASE, f.postA, "2026-11-12T08:06:00Z", "VASE-2", 40_000_000L, "GBP");
        f.post("b3", EventType.PRODUCT_CLICK, f.postB, "2026-11-12T12:00:00Z", "LAMP-1", null, null);
        f.post("b4", EventType.PURCHASE, f.postB, "2026-11-12T12:01:00Z", "LAMP-1", 89_500_000L, "EUR");
        f.post("b5", EventType.COMMENT, f.postB, "2026-11-12T12:02:00Z", null, null, null);
        f.pollEvent("p4", EventType.PRODUCT_CLICK, 0, "2026-11-12T13:00:00Z", "LAMP-1");
        f.post("a12", EventType.IMPRESSION, f.postA, "2026-11-12T23:00:00Z", null, null, null); // the 13th in Paris
        new EngagementRepository(ws.database()).store(f.events);
        return f;
    }

    private void post(String id, EventType type, long post, String at, String item, Long amount, String currency) {
        events.add(new EngagementEvent(id, type, Instant.parse(at), post, null, null, item, amount, currency,
                type == EventType.COMMENT ? "Lovely" : null, post == postA ? FR : DE));
    }

    private void pollEvent(String id, EventType type, int option, String at, String item) {
        events.add(new EngagementEvent(id, type, Instant.parse(at), null, poll, option, item, null, null, null,
                Segment.UNKNOWN));
    }
}
