package io.vitrine.post;

import io.vitrine.brand.PlannedItem;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.Rescheduling;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Composing and keeping posts, for the composer, the calendar, the CLI and the CSV import alike:
 * the same rules ({@link PostRules}) everywhere. Every change moves {@code updated_at}, which is how
 * the sync engine notices it.
 */
public final class PostService {
    private final Database database;
    private final CatalogService catalog;
    private final Clock clock;
    private final PostRepository posts = new PostRepository();

    public PostService(Database database, CatalogService catalog) {
        this(database, catalog, Clock.systemUTC());
    }

    public PostService(Database database, CatalogService catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Optional<Post> find(long id) {
        return database.read(sql -> posts.find(sql, id));
    }

    public Post require(long id) {
        return find(id).orElseThrow(() -> new PostNotFoundException(id));
    }

    public List<PostSummary> list(PostFilter filter) {
        return database.read(sql -> posts.summaries(sql, filter));
    }

    /** Every problem with a post as it stands (errors and warnings); {@code toSchedule} adds the scheduling rules. */
    public List<Problem> check(Post post, boolean toSchedule) {
        List<Problem> problems = PostRules.check(post, catalog::find, toSchedule, clock.instant());
        if (post.scheduledAt() != null && post.status() != PublishState.ARCHIVED) {
            sameMinute(post).ifPresent(problems::add);
        }
        return problems;
    }

    /** The warning for a product about to be pinned, if shoppers cannot buy it now. */
    public Optional<Problem> tagWarning(String itemId) {
        return catalog.find(itemId).flatMap(PostRules::tagWarning);
    }

    public Optional<ItemSummary> item(String itemId) {
        return catalog.find(itemId);
    }

    /** Saves a draft (creating it the first time). Caption limits may still be broken while writing. */
    public Post saveDraft(Post post) {
        List<Problem> problems = new ArrayList<>(PostRules.limits(post));
        throwIfErrors(problems, "The draft cannot be saved");
        return store(post.withStatus(PublishState.DRAFT));
    }

    /** Saves a post and schedules it for {@code at} (shown in {@code zone}); every rule must pass. */
    public Post schedule(Post post, Instant at, ZoneId zone) {
        if (!post.status().beforePublication()) {
            throw new VitrineException("A " + post.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " post cannot be scheduled again.", "Duplicate it and schedule the copy.");
        }
        Post planned = post.withSchedule(at, zone).withStatus(PublishState.SCHEDULED);
        throwIfErrors(check(planned, true), "The post cannot be scheduled");
        return store(planned);
    }

    /** Saves edits to a post that is not a draft (it keeps its status); every rule must pass. */
    public Post saveChanges(Post post) {
        if (post.isNew() || post.status() == PublishState.DRAFT) {
            return saveDraft(post);
        }
        Post stored = require(post.id());
        if (!stored.editable()) {
            throw new VitrineException("This post is " + stored.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " and cannot be changed.", "Duplicate it to make a new version.");
        }
        throwIfErrors(check(post, post.status() == PublishState.SCHEDULED), "The changes cannot be saved");
        Post saved = store(post.withStatus(stored.status()));
        database.write(sql -> {
            posts.deleteAutosave(sql, saved.id());
            return null;
        });
        return saved;
    }

    /** Takes a scheduled (or failed) post back to drafts; it will not be published. */
    public Post unschedule(long id) {
        Post post = require(id);
        if (post.status() != PublishState.SCHEDULED && post.status() != PublishState.FAILED) {
            throw new VitrineException("Only scheduled or failed posts can go back to drafts.", "");
        }
        return store(post.withStatus(PublishState.DRAFT));
    }

    /** A new draft with the same photos, crops, pins, caption, interests and campaign. */
    public Post duplicate(long id) {
        return store(require(id).copyAsDraft());
    }

    public void archive(long id) {
        database.write(sql -> {
            posts.setStatus(sql, id, PublishState.ARCHIVED, clock.instant());
            posts.deleteAutosave(sql, id);
            return null;
        });
    }

    /** Moves a post that has not gone out to a new time (the calendar's drag). */
    public Post reschedule(long id, Instant at) {
        Rescheduling.check("post", require(id).status(), at, clock.instant());
        database.write(sql -> {
            posts.reschedule(sql, id, at, clock.instant());
            return null;
        });
        return require(id);
    }

    /** How many posts (archived ones included) belong to a campaign. */
    public long countInCampaign(long campaignId) {
        return database.read(sql -> posts.countInCampaign(sql, campaignId));
    }

    /** Posts going (or gone) out in [from, to), archived ones left out, for a plan such as the calendar. */
    public List<PlannedItem> planned(Instant from, Instant to) {
        return database.read(sql -> posts.planned(sql, from, to));
    }

    /**
     * Keeps what is being composed, as the composer calls it after each edit: a draft goes straight
     * into the post tables; a scheduled or published post's edits wait aside until saved, so the sync
     * engine never publishes a half-made change. Returns the post with its id.
     */
    public Post autosave(Post post) {
        if (post.isNew() || post.status() == PublishState.DRAFT) {
            return post.isBlank() && post.isNew() ? post : store(post.withStatus(PublishState.DRAFT));
        }
        database.write(sql -> {
            posts.saveAutosave(sql, post.id(), post, clock.instant());
            return null;
        });
        return post;
    }

    /** Unsaved edits kept by {@link #autosave} for a post, if any. */
    public Optional<AutosavedPost> unsavedChanges(long postId) {
        return database.read(sql -> posts.findAutosave(sql, postId));
    }

    public void discardUnsavedChanges(long postId) {
        database.write(sql -> {
            posts.deleteAutosave(sql, postId);
            return null;
        });
    }

    /** Posts with edits that were autosaved but not yet saved (after a crash, say). */
    public List<Long> postsWithUnsavedChanges() {
        return database.read(posts::autosavedPostIds);
    }

    private Post store(Post post) {
        Instant now = clock.instant();
        return database.write(sql -> {
            if (post.isNew()) {
                long id = posts.insert(sql, post, now);
                return post.saved(id, post.status(), now, now);
            }
            posts.update(sql, post, now);
            return post.saved(post.id(), post.status(), post.createdAt() == null ? now : post.createdAt(), now);
        });
    }

    private Optional<Problem> sameMinute(Post post) {
        Instant at = post.status() == PublishState.PUBLISHED && post.publishedAt() != null ? post.publishedAt() : post.scheduledAt();
        List<Long> others = database.read(sql -> posts.sameMinute(sql, post.brandId(), at, post.id()));
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning("schedule", "Post" + (others.size() > 1 ? "s " : " ")
                + String.join(", ", others.stream().map(id -> "#" + id).toList())
                + " of this brand also go" + (others.size() > 1 ? "" : "es") + " out at that minute; followers see them back to back."));
    }

    static void throwIfErrors(List<Problem> problems, String what) {
        if (PostRules.hasErrors(problems)) {
            throw new PostRejectedException(what + ": " + PostRules.describeErrors(problems), problems);
        }
    }
}
