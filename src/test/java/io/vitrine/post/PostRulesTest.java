package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.item.Availability;
import io.vitrine.common.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PostRulesTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Map<String, ItemSummary> CATALOG = Map.of(
            "OK", item("OK", Availability.IN_STOCK, false),
            "OUT", item("OUT", Availability.OUT_OF_STOCK, false),
            "GONE", item("GONE", Availability.IN_STOCK, true));
    static final Function<String, Optional<ItemSummary>> LOOKUP = id -> Optional.ofNullable(CATALOG.get(id));

    static ItemSummary item(String id, Availability availability, boolean removed) {
        return new ItemSummary(id, "G", "Item " + id, "Brand", 10_000_000L, "EUR", availability, 3, null, removed);
    }

    static Post withPhotos(int count) {
        List<PostImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            images.add(PostImage.uncropped("sha" + i, 1000, 1000));
        }
        return Post.newDraft(1).withImagesAndTags(images, List.of());
    }

    static Post withTags(Post post, int image, int count) {
        List<Tag> tags = new ArrayList<>(post.tags());
        for (int i = 0; i < count; i++) {
            tags.add(new Tag(image, "OK", 0.1 + i * 0.01, 0.5));
        }
        return post.withImagesAndTags(post.images(), tags);
    }

    @Test
    void fiveTagsPerPhotoIsTheLimit() {
        Post five = withTags(withPhotos(1), 0, 5);
        assertThat(PostRules.limits(five)).isEmpty();
        List<Problem> six = PostRules.limits(withTags(five, 0, 1));
        assertThat(six).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("Photo 1 has 6 pins").contains("at most 5");
        });
    }

    @Test
    void twentyTagsPerPostIsTheLimit() {
        Post post = withPhotos(5);
        for (int i = 0; i < 4; i++) {
            post = withTags(post, i, 5);
        }
        assertThat(PostRules.limits(post)).isEmpty();
        assertThat(PostRules.limits(withTags(post, 4, 1))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("at most 20 products").contains("tags 21"));
    }

    @Test
    void tenPhotosIsTheLimit() {
        assertThat(PostRules.limits(withPhotos(10))).isEmpty();
        assertThat(PostRules.limits(withPhotos(11))).extracting(Problem::message)
                .containsExactly("A post can have at most 10 photos; this one has 11. Remove some or split them into two posts.");
    }

    @Test
    void captionOfMoreThan2200CharactersOr30HashtagsIsRefused() {
        assertThat(PostRules.caption("a".repeat(2_200))).isEmpty();
        assertThat(PostRules.caption("a".repeat(2_201))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2,201 characters").contains("Shorten it by 1"));
        // an emoji is one character, as people count
        assertThat(PostRules.caption("😀".repeat(2_200))).isEmpty();
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            tags.append("#tag").append(i).append(' ');
        }
        assertThat(PostRules.caption(tags.toString())).isEmpty();
        assertThat(PostRules.caption(tags + "#one_more")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("31 hashtags").contains("Remove 1"));
    }

    @Test
    void outOfStockAndRemovedProductsAreWarningsUnknownOnesErrors() {
        Post post = withPhotos(1).withImagesAndTags(withPhotos(1).images(), List.of(new Tag(0, "OUT", 0.2, 0.2),
                new Tag(0, "GONE", 0.4, 0.4), new Tag(0, "NOPE", 0.6, 0.6), new Tag(0, "OK", 0.8, 0.8)));
        List<Problem> problems = PostRules.check(post, LOOKUP, false, NOW);
        assertThat(problems).filteredOn(p -> !p.isError()).extracting(Problem::message).containsExactlyInAnyOrder(
                "Item OUT (OUT) is out of stock; shoppers who tap the pin cannot buy it.",
                "Item GONE (GONE) is no longer in the catalog; shoppers will not be able to buy it.");
        assertThat(problems).filteredOn(Problem::isError).extracting(Problem::message)
                .containsExactly("No catalog item has the id \"NOPE\". Check the id, or import the catalog that has it.");
    }

    @Test
    void schedulingNeedsAPhotoAndATimeFromNowOn() {
        Post empty = Post.newDraft(1).withSchedule(NOW.minusSeconds(60), null);
        assertThat(PostRules.check(empty, LOOKUP, true, NOW)).filteredOn(Problem::isError).extracting(Problem::field)
                .containsExactlyInAnyOrder("images", "schedule");
        Post ready = withPhotos(1).withSchedule(NOW.plusSeconds(3600), null);
        assertThat(PostRules.check(ready, LOOKUP, true, NOW)).isEmpty();
    }

    @Test
    void pinsHiddenByTheCropAreWarned() {
        Post post = withPhotos(1);
        post = post.withImagesAndTags(List.of(post.images().get(0).croppedTo(AspectRatio.LANDSCAPE)),
                List.of(new Tag(0, "OK", 0.5, 0.05)));
        assertThat(PostRules.check(post, LOOKUP, false, NOW)).extracting(Problem::message)
                .containsExactly("The pin for Item OK is outside the crop of photo 1 and will not be seen.");
    }
}
