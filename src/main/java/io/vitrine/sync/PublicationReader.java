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
import java.util.List;
import java.util.Optional;

/**
 * Reads the posts and polls that belong on the platform (scheduled, publishing or live) and turns
 * them into contract payloads. Drafts, failed and archived ones stay home.
 */
final class PublicationReader {

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
        return database.read(sql -> PublicationRepository.candidates(sql, kind, brandId));
    }

    Optional<LocalPublication> read(PublicationKind kind, long id) {
        return kind == PublicationKind.POST ? posts.find(id).map(PublicationReader::ofPost)
                : polls.find(id).map(PublicationReader::ofPoll);
    }

    private static LocalPublication ofPost(Post post) {
        List<PostImageRef> images = post.images().stream()
                .map(image -> new PostImageRef(image.imageSha256(), crop(image))).toList();
        List<TagPayload> tags = post.tags().stream()
                .map(tag -> new TagPayload(tag.itemId(), tag.x(), tag.y(), tag.imagePosition())).toList();
        PostPayload payload = new PostPayload(post.caption(), post.interests(),
                post.callToAction() == null ? null : post.callToAction().code(), images, tags, post.scheduledAt());
        return new LocalPublication(PublicationKind.POST, post.id(), post.brandId(), post.platformId(), payload);
    }

    private static Crop crop(PostImage image) {
        io.vitrine.post.Crop c = image.crop();
        return c == null ? Crop.FULL : new Crop(c.x(), c.y(), c.w(), c.h());
    }

    private static LocalPublication ofPoll(Poll poll) {
        List<PollOptionPayload> options = poll.options().stream().map(PublicationReader::option).toList();
        PollPayload payload = new PollPayload(poll.question(), poll.imageSha256(), options, poll.durationHours(),
                poll.targetInterests(), poll.targetRegions(), poll.scheduledAt());
        return new LocalPublication(PublicationKind.POLL, poll.id(), poll.brandId(), poll.platformId(), payload);
    }

    private static PollOptionPayload option(PollOption option) {
        return new PollOptionPayload(option.position(), option.label(), option.itemId(), option.imageSha256());
    }
}
