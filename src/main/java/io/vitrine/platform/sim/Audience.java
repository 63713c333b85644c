package io.vitrine.platform.sim;

import io.vitrine.platform.api.EventSegment;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PlatformEvent;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.TagPayload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The simulated audience of one brand. What happens to a publication in one simulated minute is a pure
 * function of (seed, brand, publication seq, minute, content), so the event log can be rebuilt from the
 * publications alone. People arrive as a Poisson stream that halves every {@value #HALF_LIFE_HOURS} hours of
 * a publication's age; each visitor sees it, and some smile, comment, click, add to cart, buy or vote.
 */
final class Audience {
    static final List<String> REGIONS = List.of("FR", "DE", "GB", "US", "ES", "IT");
    static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55+");
    static final List<String> DEFAULT_INTERESTS = List.of("home", "fashion", "beauty", "outdoors");
    private static final double IMPRESSIONS_PER_HOUR = 45;
    private static final double HALF_LIFE_HOURS = 12;
    /** After this a publication is quiet for good (keeps long runs at speed 3600 cheap). */
    static final long ACTIVE_MINUTES = 14L * 24 * 60;
    private static final String DEFAULT_CURRENCY = "EUR";

    private final long seed;
    private final int brandNumber;
    private final List<String> languages;

    Audience(long seed, int brandNumber) {
        this.seed = seed;
        this.brandNumber = brandNumber;
        this.languages = BrandNames.languages(brandNumber);
    }

    /** One event (without its id) and, for a comment, what was said. */
    record Happening(PlatformEvent event, AudienceVoice.Said said) {
    }

    /** The seed of the brand's conversations (follow-ups of questions and automations). */
    long conversationSeed() {
        return mix(seed, brandNumber, 0xC0);
    }

    /** Events (without ids) of {@code pub} during the epoch minute {@code minute}, in time order. */
    List<Happening> minute(SimPublication pub, long minute, Function<String, ItemPayload> items) {
        long from = Math.max(minute * 60_000, pub.publishedAt().toEpochMilli());
        long to = Math.min((minute + 1) * 60_000, pub.publishedAt().toEpochMilli() + ACTIVE_MINUTES * 60_000);
        if (pub.isPollKind()) {
            to = Math.min(to, pub.closesAt().toEpochMilli());
        }
        if (from >= to) {
            return List.of();
        }
        double ageHours = (from - pub.publishedAt().toEpochMilli()) / 3_600_000.0;
        double lambda = IMPRESSIONS_PER_HOUR / 60 * Math.pow(0.5, ageHours / HALF_LIFE_HOURS) * (to - from) / 60_000.0;
        SplittableRandom rng = new SplittableRandom(mix(seed, brandNumber, pub.seq(), minute));
        int visitors = poisson(rng, lambda);
        List<Happening> events = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            long at = from + rng.nextLong(to - from);
            Visit visit = new Visit(pub, person(rng, pub), rng, at, to, events, items, languages);
            if (pub.isPollKind()) {
                pollVisit(visit, items);
            } else {
                postVisit(visit, items);
            }
        }
        events.sort((a, b) -> a.event().occurredAt().compareTo(b.event().occurredAt()));
        return events;
    }

    private void postVisit(Visit v, Function<String, ItemPayload> items) {
        v.add("impression", null, null, null, null);
        v.maybeSmileOrComment(0.07, 0.03);
        List<TagPayload> tags = v.pub.post().tags();
        if (!tags.isEmpty() && v.rng.nextDouble() < 0.06) {
            funnel(v, tags.get(v.rng.nextInt(tags.size())).itemId(), items);
        }
    }

    private void pollVisit(Visit v, Function<String, ItemPayload> items) {
        List<PollOptionPayload> options = v.pub.poll().options();
        int shown = v.rng.nextInt(options.size());
        v.add("impression", shown, null, null, null);
        if (v.rng.nextDouble() < 0.35) {
            v.add("vote", PollAppeal.of(seed, brandNumber, v.pub).choose(v.segment, v.rng), null, null, null);
        }
        v.maybeSmileOrComment(0.04, 0.02);
        String item = options.get(shown).itemId();
        if (item != null && v.rng.nextDouble() < 0.03) {
            funnel(v, item, items);
        }
    }

    /** Click, then maybe cart, then maybe purchase of one or two. */
    private static void funnel(Visit v, String itemId, Function<String, ItemPayload> items) {
        v.add("product_click", null, itemId, null, null);
        if (v.rng.nextDouble() >= 0.35) {
            return;
        }
        v.add("add_to_cart", null, itemId, null, null);
        if (v.rng.nextDouble() >= 0.45) {
            return;
        }
        ItemPayload item = items.apply(itemId);
        long price = item == null || item.priceMicros() == null ? 0 : item.priceMicros();
        String currency = item == null || item.currency() == null ? DEFAULT_CURRENCY : item.currency();
        v.add("purchase", null, itemId, price * (1 + v.rng.nextInt(2)), currency);
    }

    private static EventSegment person(SplittableRandom rng, SimPublication pub) {
        List<String> interests = pub.interests().isEmpty() ? DEFAULT_INTERESTS : pub.interests();
        List<String> regions = pub.isPollKind() && !pub.poll().targetRegions().isEmpty() ? pub.poll().targetRegions() : REGIONS;
        return new EventSegment(pick(rng, interests), pick(rng, regions), pick(rng, AGE_BANDS), rng.nextDouble() < 0.35);
    }

    static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    private static int poisson(SplittableRandom rng, double lambda) {
        double limit = Math.exp(-lambda);
        double product = rng.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= rng.nextDouble();
        }
        return n;
    }

    /** SplitMix64-style mixing so neighbouring seeds give unrelated streams. */
    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h ^= part;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
        }
        return h;
    }

    /** One visitor: follow-up actions happen after the impression, within the same minute. */
    private static final class Visit {
        final SimPublication pub;
        final EventSegment segment;
        final SplittableRandom rng;
        final long to;
        final List<Happening> out;
        final Function<String, ItemPayload> items;
        final List<String> languages;
        long at;

        Visit(SimPublication pub, EventSegment segment, SplittableRandom rng, long at, long to, List<Happening> out,
              Function<String, ItemPayload> items, List<String> languages) {
            this.pub = pub;
            this.segment = segment;
            this.rng = rng;
            this.at = at;
            this.to = to;
            this.out = out;
            this.items = items;
            this.languages = languages;
        }

        void add(String type, Integer option, String itemId, Long amount, String currency) {
            add(type, option, itemId, amount, currency, null);
        }

        void add(String type, Integer option, String itemId, Long amount, String currency, AudienceVoice.Said said) {
            String postId = pub.isPollKind() ? null : pub.id();
            String pollId = pub.isPollKind() ? pub.id() : null;
            out.add(new Happening(new PlatformEvent(null, type, Instant.ofEpochMilli(at), postId, pollId, option, itemId,
                    amount, currency, said == null ? null : said.text(), segment, null), said));
            at += rng.nextLong(Math.max(1, (to - at) / 2));
        }

        void maybeSmileOrComment(double smile, double comment) {
            if (rng.nextDouble() < smile) {
                add("smile", null, null, null, null);
            }
            if (rng.nextDouble() < comment) {
                // what is said comes from its own stream, so the rest of the audience does not depend on the words
                AudienceVoice.Said said = AudienceVoice.say(new SplittableRandom(rng.nextLong()), pub, segment, items, languages);
                add("comment", null, null, null, null, said);
            }
        }
    }
}
