package io.vitrine.sync;

import io.vitrine.platform.api.Crop;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.TagPayload;
import io.vitrine.poll.Poll;
import io.vitrine.poll.PollOption;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.Post;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostService;
import io.vitrine.workspace.Database;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the posts and polls that belong on the platform (scheduled, publishing or live) and turns
 * them into contract payloads. Drafts, failed and archived ones stay home.
 */
final class PublicationReader {
    private static final String ON_PLATFORM = "status IN ('scheduled', 'queued', 'published')";

    private final Database database;
    private final PostService posts;
    private final PollRepository polls;

    PublicationReader(Database database, PostService posts, PollRepository polls) {
        this.database = database;
        this.posts = posts;
        this.polls = polls;
    }

    /** Ids of the brand's subjects of one kind that should be on the platform, oldest first. */
    List<Long> candidates(PublicationKind kind, long brandId) {
        String table = kind == PublicationKind.POST ? "post" : "poll";
        // Published subjects without a platform id were published before sync existed (or by the demo): leave them.
        String query = "SELECT id FROM " + table + " WHERE brand_id = ? AND " + ON_PLATFORM
                + " AND (platform_id IS NOT NULL OR status <> 'published') ORDER BY id";
        return database.read(sql -> sql.list(query, row -> row.getLong(1), brandId));
    }

    Optional<LocalPublication> read(PublicationKind kind, long id) {
        String table = kind == PublicationKind.POST ? "post" : "poll";
        Optional<String> etag = database.read(sql -> sql.text("SELECT etag FROM " + table + " WHERE id = ?", id));
        return kind == PublicationKind.POST
                ? posts.find(id).map(post -> ofPost(post, etag.orElse(null)))
                : polls.find(id).map(poll -> ofPoll(poll, etag.orElse(null)));
    }

    private static LocalPublication ofPost(Post post, String etag) {
        Set<String> images = new LinkedHashSet<>();
        List<PostImageRef> refs = post.images().stream().map(image -> {
            images.add(image.imageSha256());
            return new PostImageRef(image.imageSha256(), crop(image));
        }).toList();
        Set<String> items = new LinkedHashSet<>();
        List<TagPayload> tags = post.tags().stream().map(tag -> {
            items.add(tag.itemId());
            return new TagPayload(tag.itemId(), tag.x(), tag.y(), tag.imagePosition());
        }).toList();
        PostPayload payload = new PostPayload(post.caption(), post.interests(),
                post.callToAction() == null ? null : post.callToAction().code(), refs, tags, post.scheduledAt());
        return new LocalPublication(PublicationKind.POST, post.id(), post.brandId(), post.platformId(), etag, payload,
                items, images);
    }

    private static Crop crop(PostImage image) {
        io.vitrine.post.Crop c = image.crop();
        return c == null ? Crop.FULL : new Crop(c.x(), c.y(), c.w(), c.h());
    }

    private static LocalPublication ofPoll(Poll poll, String etag) {
        Set<String> images = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        if (poll.imageSha256() != null) {
            images.add(poll.imageSha256());
        }
        List<PollOptionPayload> options = poll.options().stream().map(option -> {
            addIfPresent(items, option.itemId());
            addIfPresent(images, option.imageSha256());
            return option(option);
        }).toList();
        PollPayload payload = new PollPayload(poll.question(), poll.imageSha256(), options, poll.durationHours(),
                poll.targetInterests(), poll.targetRegions(), poll.scheduledAt());
        return new LocalPublication(PublicationKind.POLL, poll.id(), poll.brandId(), poll.platformId(), etag, payload,
                items, images);
    }

    private static PollOptionPayload option(PollOption option) {
        return new PollOptionPayload(option.position(), option.label(), option.itemId(), option.imageSha256());
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }
}
