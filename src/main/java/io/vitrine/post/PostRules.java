package io.vitrine.post;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platform's limits and our advice, in one place for the composer, the CLI and the CSV import:
 * at most 10 photos, 5 pins per photo and 20 per post, a caption of at most 2,200 characters with at
 * most 30 hashtags; pins on products that are out of stock or gone from the catalog are warned about.
 */
public final class PostRules {
    public static final int MAX_IMAGES = 10;
    public static final int MAX_TAGS_PER_IMAGE = 5;
    public static final int MAX_TAGS_PER_POST = 20;
    public static final int MAX_CAPTION_CHARACTERS = 2_200;
    public static final int MAX_HASHTAGS = 30;
    public static final int MAX_INTERESTS = 10;

    private PostRules() {
    }

    /** Limits a single edit must not break (the composer refuses the edit and says why). */
    public static List<Problem> limits(Post post) {
        List<Problem> problems = new ArrayList<>();
        if (post.images().size() > MAX_IMAGES) {
            problems.add(Problem.error("images", "A post can have at most " + MAX_IMAGES + " photos; this one has "
                    + post.images().size() + ". Remove some or split them into two posts."));
        }
        if (post.tags().size() > MAX_TAGS_PER_POST) {
            problems.add(Problem.error("tags", "A post can tag at most " + MAX_TAGS_PER_POST + " products; this one tags "
                    + post.tags().size() + ". Remove a pin first."));
        }
        for (int i = 0; i < post.images().size(); i++) {
            int onImage = post.tagsOn(i).size();
            if (onImage > MAX_TAGS_PER_IMAGE) {
                problems.add(Problem.error("tags", "Photo " + (i + 1) + " has " + onImage + " pins; a photo can have at most "
                        + MAX_TAGS_PER_IMAGE + ". Remove one, or pin the product on another photo."));
            }
        }
        for (Tag tag : post.tags()) {
            if (tag.imagePosition() < 0 || tag.imagePosition() >= post.images().size()) {
                problems.add(Problem.error("tags", "The pin for " + tag.itemId() + " is on photo " + (tag.imagePosition() + 1)
                        + ", but the post has " + post.images().size() + " photo(s)."));
            }
        }
        if (post.interests().size() > MAX_INTERESTS) {
            problems.add(Problem.error("interests", "Choose at most " + MAX_INTERESTS + " interests."));
        }
        return problems;
    }

    /** The caption's limits. */
    public static List<Problem> caption(String caption) {
        List<Problem> problems = new ArrayList<>();
        CaptionStats stats = CaptionStats.of(caption);
        if (stats.characters() > MAX_CAPTION_CHARACTERS) {
            problems.add(Problem.error("caption", "The caption has " + Formats.count(stats.characters())
                    + " characters; the platform allows " + Formats.count(MAX_CAPTION_CHARACTERS) + ". Shorten it by "
                    + Formats.count(stats.characters() - MAX_CAPTION_CHARACTERS) + "."));
        }
        if (stats.hashtagCount() > MAX_HASHTAGS) {
            problems.add(Problem.error("caption", "The caption has " + stats.hashtagCount() + " hashtags; the platform allows "
                    + MAX_HASHTAGS + ". Remove " + (stats.hashtagCount() - MAX_HASHTAGS) + "."));
        }
        return problems;
    }

    /**
     * Everything about a post: limits, caption, products (via {@code catalog}: unknown ids are errors,
     * out-of-stock or removed ones warnings), pins hidden by a crop, and for scheduling a photo and a
     * time in the future.
     */
    public static List<Problem> check(Post post, Function<String, Optional<ItemSummary>> catalog, boolean toSchedule,
                                      Instant now) {
        List<Problem> problems = new ArrayList<>(limits(post));
        problems.addAll(caption(post.caption()));
        for (Tag tag : post.tags()) {
            Optional<ItemSummary> item = catalog.apply(tag.itemId());
            if (item.isEmpty()) {
                problems.add(Problem.error("tags", "No catalog item has the id \"" + tag.itemId()
                        + "\". Check the id, or import the catalog that has it."));
            } else {
                tagWarning(item.get()).ifPresent(problems::add);
            }
            if (tag.imagePosition() >= 0 && tag.imagePosition() < post.images().size()
                    && !post.images().get(tag.imagePosition()).crop().contains(tag.x(), tag.y())) {
                problems.add(Problem.warning("tags", "The pin for " + item.map(ItemSummary::title).orElse(tag.itemId())
                        + " is outside the crop of photo " + (tag.imagePosition() + 1) + " and will not be seen."));
            }
        }
        if (toSchedule) {
            if (post.images().isEmpty()) {
                problems.add(Problem.error("images", "A post needs at least one photo before it can be scheduled."));
            }
            if (post.scheduledAt() == null) {
                problems.add(Problem.error("schedule", "Choose when to publish the post."));
            } else if (post.scheduledAt().isBefore(now)) {
                problems.add(Problem.error("schedule", "The publication time " + post.scheduledAt()
                        + " is in the past. Choose a time from now on."));
            }
        }
        return problems;
    }

    /** The warning shown when pinning an item shoppers cannot buy right now. */
    public static Optional<Problem> tagWarning(ItemSummary item) {
        if (item.removed()) {
            return Optional.of(Problem.warning("tags", item.title() + " (" + item.id()
                    + ") is no longer in the catalog; shoppers will not be able to buy it."));
        }
        if (!item.availability().purchasable()) {
            return Optional.of(Problem.warning("tags", item.title() + " (" + item.id()
                    + ") is out of stock; shoppers who tap the pin cannot buy it."));
        }
        return Optional.empty();
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All error messages as one text, for exceptions and CLI output. */
    public static String describeErrors(List<Problem> problems) {
        return String.join("\n", problems.stream().filter(Problem::isError).map(Problem::message).toList());
    }
}
