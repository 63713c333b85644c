package io.vitrine.post;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.ScheduleTime;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageStore;
import io.vitrine.workspace.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a post from a {@link NewPost} (CLI, CSV rows): reads and checks the photos, parses tags and
 * the time, then saves it as a draft or schedules it through {@link PostService}, so the rules are
 * exactly the composer's. Every problem found is reported at once, each with its field. The photos are
 * stored only with the post, in its transaction, so a refused post leaves no image behind.
 */
public final class PostCreator {
    private final Database database;
    private final PostService posts;
    private final CampaignService campaigns;
    private final ImageStore images;

    public PostCreator(Database database, PostService posts, CampaignService campaigns, ImageStore images) {
        this.database = database;
        this.posts = posts;
        this.campaigns = campaigns;
        this.images = images;
    }

    /** Checks without saving anything; returns every problem (warnings too). Photos are read, not stored. */
    public List<Problem> check(BrandProfile brand, NewPost request) {
        List<Problem> problems = new ArrayList<>();
        build(brand, request, problems);
        return problems;
    }

    /** The new post and the warnings it was saved with (out-of-stock products, a busy minute …). */
    public record Created(Post post, List<Problem> warnings) {
    }

    /** Creates the post; throws {@link PostRejectedException} with every problem when it breaks a rule. */
    public Created create(BrandProfile brand, NewPost request) {
        List<Problem> problems = new ArrayList<>();
        Prepared ready = build(brand, request, problems);
        PostService.throwIfErrors(problems, "The post was not created");
        Post post = database.write(sql -> {
            ready.photos().forEach(images::put); // before the post that refers to them; undone if the post is refused
            return ready.schedule() == null ? posts.saveDraft(ready.post())
                    : posts.schedule(ready.post(), ready.schedule().instant(), ready.schedule().zone());
        });
        return new Created(post, problems);
    }

    /** The post as it would be saved, and its photos read and checked but not yet stored. */
    private record Prepared(Post post, ScheduleTime schedule, List<ImageStore.CheckedImage> photos) {
    }

    private Prepared build(BrandProfile brand, NewPost request, List<Problem> problems) {
        Post post = Post.newDraft(brand.id()).withCaption(request.caption() == null ? "" : request.caption())
                .withInterests(request.interests().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (request.images().isEmpty()) {
            problems.add(Problem.error("images", "A post needs at least one photo (--image FILE)."));
        }
        List<ImageStore.CheckedImage> checked = checkPhotos(request.images(), problems);
        List<PostImage> photos = checked.stream()
                .map(p -> PostImage.uncropped(p.image().sha256(), p.image().width(), p.image().height())).toList();
        List<Tag> tags = parseTags(request.tags(), problems);
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
        return new Prepared(post, schedule, checked);
    }

    /** Reads and checks each photo; none is stored here, only with the post it belongs to. */
    private List<ImageStore.CheckedImage> checkPhotos(List<Path> files, List<Problem> problems) {
        List<ImageStore.CheckedImage> checked = new ArrayList<>();
        for (Path file : files) {
            try {
                checked.add(images.check(file));
            } catch (VitrineException e) {
                problems.add(Problem.error("images", e.getMessage()));
            }
        }
        return checked;
    }

    private static List<Tag> parseTags(List<String> specs, List<Problem> problems) {
        List<Tag> tags = new ArrayList<>();
        for (String spec : specs) {
            try {
                tags.add(TagSpec.parse(spec).toTag());
            } catch (VitrineException e) {
                problems.add(Problem.error("tags", e.getMessage() + " " + e.remedy()));
            }
        }
        return tags;
    }
}
