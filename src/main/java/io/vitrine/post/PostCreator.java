package io.vitrine.post;

import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageStore;
import io.vitrine.image.StoredImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a post from a {@link NewPost} (CLI, CSV rows): reads and stores the photos, parses tags and
 * the time, then saves it as a draft or schedules it through {@link PostService}, so the rules are
 * exactly the composer's. Every problem found is reported at once, each with its field.
 */
public final class PostCreator {
    private final PostService posts;
    private final CampaignService campaigns;
    private final ImageStore images;

    public PostCreator(PostService posts, CampaignService campaigns, ImageStore images) {
        this.posts = posts;
        this.campaigns = campaigns;
        this.images = images;
    }

    /** Checks without saving anything; returns every problem (warnings too). Photos are read, not stored. */
    public List<Problem> check(BrandProfile brand, NewPost request) {
        List<Problem> problems = new ArrayList<>();
        build(brand, request, problems, false);
        return problems;
    }

    /** The new post and the warnings it was saved with (out-of-stock products, a busy minute …). */
    public record Created(Post post, List<Problem> warnings) {
    }

    /** Creates the post; throws {@link PostRejectedException} with every problem when it breaks a rule. */
    public Created create(BrandProfile brand, NewPost request) {
        List<Problem> problems = new ArrayList<>();
        Optional<Prepared> prepared = build(brand, request, problems, true);
        PostService.throwIfErrors(problems, "The post was not created");
        Prepared ready = prepared.orElseThrow();
        Post post = ready.schedule() == null ? posts.saveDraft(ready.post())
                : posts.schedule(ready.post(), ready.schedule().instant(), ready.schedule().zone());
        return new Created(post, problems);
    }

    private record Prepared(Post post, ScheduleTime schedule) {
    }

    private Optional<Prepared> build(BrandProfile brand, NewPost request, List<Problem> problems, boolean store) {
        Post post = Post.newDraft(brand.id()).withCaption(request.caption() == null ? "" : request.caption())
                .withInterests(request.interests().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (request.images().isEmpty()) {
            problems.add(Problem.error("images", "A post needs at least one photo (--image FILE)."));
        }
        List<PostImage> photos = new ArrayList<>();
        for (Path file : request.images()) {
            try {
                StoredImage image = store ? images.put(file) : images.inspect(file);
                photos.add(PostImage.uncropped(image.sha256(), image.width(), image.height()));
            } catch (VitrineException e) {
                problems.add(Problem.error("images", e.getMessage()));
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (String spec : request.tags()) {
            try {
                tags.add(TagSpec.parse(spec).toTag());
            } catch (VitrineException e) {
                problems.add(Problem.error("tags", e.getMessage() + " " + e.remedy()));
            }
        }
        post = post.withImagesAndTags(photos, tags);
        if (request.callToAction() != null && !request.callToAction().isBlank()) {
            Optional<CallToAction> cta = CallToAction.parse(request.callToAction());
            if (cta.isEmpty()) {
                problems.add(Problem.error("call_to_action", "\"" + request.callToAction()
                        + "\" is not a call to action; use shop_now, vote or learn_more."));
            }
            post = post.withCallToAction(cta.orElse(null));
        }
        if (request.campaign() != null && !request.campaign().isBlank()) {
            try {
                post = post.withCampaign(campaigns.require(request.campaign()).id());
            } catch (VitrineException e) {
                problems.add(Problem.error("campaign", e.getMessage() + " " + e.remedy()));
            }
        }
        ScheduleTime schedule = null;
        if (request.schedule() != null && !request.schedule().isBlank()) {
            try {
                schedule = ScheduleTime.parse(request.schedule(), brand.timeZone());
                post = post.withSchedule(schedule.instant(), schedule.zone());
            } catch (VitrineException e) {
                problems.add(Problem.error("schedule", e.getMessage() + " " + e.remedy()));
            }
        }
        boolean photosComplete = photos.size() == request.images().size();
        for (Problem problem : posts.check(post, schedule != null)) {
            boolean duplicate = !photosComplete && problem.field().equals("images");
            if (!duplicate && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return Optional.of(new Prepared(post, schedule));
    }
}
