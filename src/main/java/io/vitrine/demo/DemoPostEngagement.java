package io.vitrine.demo;

import io.vitrine.demo.DemoRepository.Pin;
import io.vitrine.demo.DemoRepository.Published;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.workspace.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the audience did with the demo's published posts: impressions, smiles and comments, then the
 * shopping funnel on the products pinned on each post (clicks, add-to-carts, purchases at the item's
 * price). Most of it comes in the first days after publication. Runs after the posts step.
 */
final class DemoPostEngagement implements DemoStep {
    private static final Duration LIFETIME = Duration.ofDays(6);
    private static final String[] COMMENTS = {
        "Where can I buy this?", "Gorgeous light!", "Does it ship to Belgium?", "Need this in my flat",
        "The colour is perfect", "Just ordered one", "Is there a bigger size?", "So cosy"};



    @Override
    public void fill(DemoContext context) {
        Database database = context.workspace().database();
        EngagementRepository store = new EngagementRepository(database);
        List<Published> posts = DemoRepository.publishedPosts(database);
        for (Published post : posts) {
            List<Pin> pins = DemoRepository.pins(database, post.postId());
            Instant end = post.at().plus(LIFETIME).isBefore(context.anchor()) ? post.at().plus(LIFETIME) : context.anchor();
            if (end.isAfter(post.at())) {
                store.store(new Audience(context.random(), post.postId(), post.at(), end).events(pins));
            }
        }
    }

    /** One post's audience; event ids are {@code demo-post-<id>-<n>}, so a re-run stores nothing twice. */
    private static final class Audience {
        private final Random random;
        private final long postId;
        private final Instant start;
        private final Instant end;
        private final List<EngagementEvent> events = new ArrayList<>();

        Audience(Random random, long postId, Instant start, Instant end) {
            this.random = random;
            this.postId = postId;
            this.start = start;
            this.end = end;
        }

        List<EngagementEvent> events(List<Pin> pins) {
            int impressions = 300 + random.nextInt(1_200);
            repeat(impressions, () -> add(EventType.IMPRESSION, null, null, null, null));
            repeat(share(impressions, 0.05, 0.09), () -> add(EventType.SMILE, null, null, null, null));
            repeat(share(impressions, 0.004, 0.01), () -> add(EventType.COMMENT, null, null, null,
                    COMMENTS[random.nextInt(COMMENTS.length)]));
            if (pins.isEmpty()) {
                return events;
            }
            int clicks = share(impressions, 0.02, 0.05);
            for (int i = 0; i < clicks; i++) {
                Pin pin = pins.get(random.nextInt(pins.size()));
                add(EventType.PRODUCT_CLICK, pin.itemId(), null, null, null);
                if (random.nextDouble() < 0.25) {
                    add(EventType.ADD_TO_CART, pin.itemId(), null, null, null);
                    if (random.nextDouble() < 0.4) {
                        add(EventType.PURCHASE, pin.itemId(), pin.priceMicros(), pin.currency(), null);
                    }
                }
            }
            return events;
        }

        private int share(int of, double low, double high) {
            return (int) Math.round(of * (low + random.nextDouble() * (high - low)));
        }

        private static void repeat(int times, Runnable action) {
            for (int i = 0; i < times; i++) {
                action.run();
            }
        }

        private void add(EventType type, String itemId, Long amountMicros, String currency, String comment) {
            long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
            Instant at = start.plusSeconds((long) (span * Math.pow(random.nextDouble(), 2.2)));
            String id = String.format("demo-post-%d-%06d", postId, events.size() + 1);
            events.add(new EngagementEvent(id, type, at, postId, null, null, itemId, amountMicros, currency, comment,
                    DemoPollVotes.segment(random)));
        }
    }
}
