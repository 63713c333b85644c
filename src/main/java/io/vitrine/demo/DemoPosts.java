package io.vitrine.demo;

import io.vitrine.common.Json;
import io.vitrine.demo.DemoRepository.PostItem;
import io.vitrine.image.StoredImage;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.CallToAction;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostRules;
import io.vitrine.post.Tag;
import io.vitrine.workspace.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's posts: three dozen across the two campaigns — published over the past weeks, scheduled
 * over the coming ones (with one clash to show the warning), drafts, one that failed and one
 * archived — on the shipped lifestyle photos, with pins on the demo catalog's real products where
 * they sit in each photo. Runs after the catalog step; with no catalog yet, posts carry no pins.
 */
final class DemoPosts implements DemoStep {
    static final String PHOTOS = "/vitrine-resources/demo/photos/";
    static final int POSTS = 36;

    /** One photo as photos.json describes it. */
    record Photo(String file, String scene, int width, int height, List<Spot> products) {
    }

    /** Where a kind of product sits in a photo (fractions of the photo). */
    record Spot(String kind, double x, double y) {
    }


    static final Map<String, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry("lamp", List.of("lamp", "lampe", "light", "pendant", "sconce", "lantern")),
            Map.entry("cushion", List.of("cushion", "pillow", "coussin")),
            Map.entry("throw", List.of("throw", "blanket", "plaid", "quilt")),
            Map.entry("vase", List.of("vase")),
            Map.entry("candle", List.of("candle", "bougie", "candlestick")),
            Map.entry("mug", List.of("mug", "cup", "tasse")),
            Map.entry("bowl", List.of("bowl", "bol")),
            Map.entry("plate", List.of("plate", "assiette", "dish")),
            Map.entry("linen", List.of("napkin", "tablecloth", "table runner", "placemat")),
            Map.entry("planter", List.of("planter", "plant pot", "cache-pot", "pot")),
            Map.entry("basket", List.of("basket", "panier")),
            Map.entry("rug", List.of("rug", "tapis", "mat")));

    private static final String[] OPENERS = {"Evenings, softer.", "Sunday, slow.", "Made for long breakfasts.",
        "The corner everyone ends up in.", "Light that feels like October.", "A little warmth, room by room.",
        "New in: the pieces we live with.", "Linen, wood, and a good lamp.", "Tap the dots to shop the room."};
    private static final String[] AUTUMN_TAGS = {"#autumnnest", "#cosyhome", "#textiles", "#slowliving", "#homedecor", "#interiors"};
    private static final String[] LIGHT_TAGS = {"#lumierelights", "#lighting", "#lampdesign", "#eveningglow", "#homedecor"};
    private static final String[] INTERESTS = {"home decor", "lighting", "textiles", "slow living", "interior design", "tableware"};
    private static final LocalTime[] SLOTS = {LocalTime.of(9, 0), LocalTime.of(12, 30), LocalTime.of(18, 0), LocalTime.of(20, 15)};

    @Override
    public void fill(DemoContext context) throws Exception {
        Database database = context.workspace().database();
        Random random = context.random();
        PostFeature feature = PostFeature.of(database, Clock.fixed(context.anchor(), ZoneOffset.UTC));
        ZoneId zone = feature.brands().find(context.brandId()).map(b -> b.timeZone()).orElse(ZoneId.of("Europe/Paris"));
        List<Photo> photos = List.of(Json.read(readText("photos.json"), Photo[].class));
        List<StoredImage> stored = new ArrayList<>();
        for (Photo photo : photos) {
            stored.add(feature.images().put(read(photo.file()), photo.file()));
        }
        List<PostItem> catalog = catalog(database);
        Long autumn = campaign(database, "Autumn Nest");
        Long lights = campaign(database, "Lumière Lights");
        LocalDate today = context.anchor().atZone(zone).toLocalDate();
        for (int i = 0; i < POSTS; i++) {
            boolean lighting = i % 3 == 1;
            Post post = compose(context.brandId(), photos, stored, catalog, random, lighting, i)
                    .withCampaign(lighting ? lights : autumn);
            Plan plan = plan(i, today, zone, random);
            Post saved = plan.scheduled() ? feature.posts().schedule(post, plan.at(), zone) : feature.posts().saveDraft(post);
            finish(database, saved.id(), plan);
        }
    }

    /** What happens to the i-th post: published in the past, scheduled ahead, or a draft (and its time). */
    private record Plan(String status, Instant at, boolean scheduled) {
    }

    private static Plan plan(int i, LocalDate today, ZoneId zone, Random random) {
        LocalTime slot = SLOTS[random.nextInt(SLOTS.length)];
        if (i < 13) { // published over the past five weeks, newest last
            LocalDate day = today.minusDays(35 - i * 2L - random.nextInt(2));
            return new Plan("published", day.atTime(slot).atZone(zone).toInstant(), false);
        }
        if (i < 27) { // scheduled over the coming four weeks
            LocalDate day = today.plusDays(1 + (i - 13) * 2L);
            LocalTime time = i == 20 ? LocalTime.of(18, 0) : slot;
            LocalDate clashDay = today.plusDays(1 + (20 - 13) * 2L);
            return new Plan("scheduled", (i == 21 ? clashDay : day).atTime(i == 21 ? LocalTime.of(18, 0) : time)
                    .atZone(zone).toInstant(), true);
        }
        if (i == 27) {
            return new Plan("failed", today.minusDays(1).atTime(LocalTime.of(12, 30)).atZone(zone).toInstant(), false);
        }
        if (i == 28) {
            return new Plan("archived", today.minusDays(20).atTime(slot).atZone(zone).toInstant(), false);
        }
        return new Plan("draft", null, false);
    }

    private static void finish(Database database, long id, Plan plan) {
        switch (plan.status()) {
            // The demo's history was published before the studio synced: no platform id, so sync leaves it be.
            case "published" -> DemoRepository.publishPost(database, id, plan.at(), plan.at().plus(Duration.ofSeconds(4)));
            case "failed" -> DemoRepository.failPost(database, id, plan.at(),
                    "The platform was unreachable at publication time; reschedule or publish again.");
            case "archived" -> DemoRepository.archivePost(database, id, plan.at());
            default -> {
                // drafts and scheduled posts are stored as the composer stores them
            }
        }
    }

    private static Post compose(long brandId, List<Photo> photos, List<StoredImage> stored, List<PostItem> catalog, Random random,
                                boolean lighting, int index) {
        int first = pickPhoto(photos, random, lighting);
        int count = index % 4 == 0 ? 2 + random.nextInt(3) : 1;
        List<PostImage> images = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int p = n == 0 ? first : random.nextInt(photos.size());
            StoredImage image = stored.get(p);
            PostImage postImage = PostImage.uncropped(image.sha256(), image.width(), image.height());
            if (image.width() != image.height() && random.nextInt(4) == 0) {
                postImage = postImage.croppedTo(AspectRatio.SQUARE);
            } else if (image.width() != image.height()) {
                postImage = postImage.croppedTo(AspectRatio.PORTRAIT);
            }
            images.add(postImage);
            // now and then a pin on something sold out, so the demo has stale pins to fix
            tags.addAll(pins(photos.get(p), postImage, n, catalog, random, lighting, index % 9 == 4));
            if (tags.size() >= PostRules.MAX_TAGS_PER_POST) {
                tags = tags.subList(0, PostRules.MAX_TAGS_PER_POST);
                break;
            }
        }
        return Post.newDraft(brandId).withImagesAndTags(images, tags).withCaption(caption(random, lighting))
                .withInterests(interests(random, lighting))
                .withCallToAction(random.nextInt(5) == 0 ? null : CallToAction.SHOP_NOW);
    }

    private static int pickPhoto(List<Photo> photos, Random random, boolean lighting) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int p = random.nextInt(photos.size());
            boolean hasLamp = photos.get(p).products().stream().anyMatch(s -> s.kind().equals("lamp"));
            if (!lighting || hasLamp) {
                return p;
            }
        }
        return 0;
    }

    /** Pins on the products of a photo that the catalog has, lamps first for the lighting campaign; at most 4 a photo. */
    private static List<Tag> pins(Photo photo, PostImage image, int position, List<PostItem> catalog, Random random, boolean lighting,
                                  boolean anyStock) {
        List<Tag> tags = new ArrayList<>();
        List<Spot> spots = new ArrayList<>(photo.products());
        spots.sort((a, b) -> Boolean.compare(!lighting || !a.kind().equals("lamp"), !lighting || !b.kind().equals("lamp")));
        for (Spot spot : spots) {
            if (tags.size() >= 4 || !image.crop().contains(spot.x(), spot.y())) {
                continue;
            }
            List<PostItem> matches = catalog.stream().filter(item -> matches(item, spot.kind()))
                    .filter(item -> anyStock || item.purchasable()).toList();
            if (!matches.isEmpty()) {
                PostItem item = matches.get(random.nextInt(matches.size()));
                tags.add(new Tag(position, item.id(), spot.x(), spot.y()));
            }
        }
        return tags;
    }

    private static boolean matches(PostItem item, String kind) {
        return KEYWORDS.getOrDefault(kind, List.of(kind)).stream().anyMatch(k -> (" " + item.text() + " ").contains(" " + k));
    }

    private static String caption(Random random, boolean lighting) {
        String[] tags = lighting ? LIGHT_TAGS : AUTUMN_TAGS;
        StringBuilder text = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
        text.append(lighting ? " Which glow is yours?" : " Layer it up for the cold months.");
        if (random.nextBoolean()) {
            text.append(" Styled by @").append(random.nextBoolean() ? "atelier.sol" : "camille.interiors").append('.');
        }
        text.append("\n\n");
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(tags[(i + random.nextInt(tags.length)) % tags.length]).append(' ');
        }
        return text.toString().strip();
    }

    private static List<String> interests(Random random, boolean lighting) {
        List<String> topics = new ArrayList<>(List.of(lighting ? "lighting" : "textiles", "home decor"));
        String extra = INTERESTS[random.nextInt(INTERESTS.length)];
        if (!topics.contains(extra)) {
            topics.add(extra);
        }
        return topics;
    }

    private static List<PostItem> catalog(Database database) {
        return DemoRepository.postItems(database);
    }

    private static Long campaign(Database database, String name) {
        return DemoRepository.campaignId(database, name).orElse(null);
    }

    static byte[] read(String name) {
        try (InputStream in = DemoPosts.class.getResourceAsStream(PHOTOS + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo photo " + name + " is missing from the build (resources/demo/photos).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readText(String name) {
        return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, Integer> countsByStatus(Database database) {
        return DemoRepository.postCountsByStatus(database);
    }
}
