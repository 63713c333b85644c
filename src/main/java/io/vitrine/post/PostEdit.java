package io.vitrine.post;

import io.vitrine.common.EditHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One edit a person makes in the composer. Each edit turns a post into a new post, so the composer's
 * undo/redo ({@link EditHistory}) and autosave see whole states. Edits that arrive in a stream
 * (typing, dragging a pin) share a {@link #mergeKey()} so one undo takes back the whole gesture.
 */
public sealed interface PostEdit extends EditHistory.Edit<Post> {

    /** What the Undo menu says: "Undo Move pin". */
    @Override
    String label();

    @Override
    Post apply(Post post);

    /**
     * The composer's undo history for a post: undo and redo bring back content (caption, photos, pins, schedule),
     * never an older identity, so a post saved meanwhile keeps its id and status.
     */
    static EditHistory<Post> history(Post start) {
        return new EditHistory<>(start, (current, content) -> new Post(current.id(), current.brandId(), content.campaignId(),
                content.caption(), content.interests(), content.callToAction(), current.status(), content.scheduledAt(),
                content.scheduleZone(), current.publishedAt(), current.platformId(), current.syncError(), current.createdAt(),
                current.updatedAt(), content.images(), content.tags()));
    }

    record EditCaption(String text) implements PostEdit {
        public String label() {
            return "Caption";
        }

        public Post apply(Post post) {
            return post.withCaption(text);
        }

        public String mergeKey() {
            return "caption";
        }
    }

    record SetInterests(List<String> interests) implements PostEdit {
        public String label() {
            return "Interests";
        }

        public Post apply(Post post) {
            return post.withInterests(interests);
        }
    }

    record SetCallToAction(CallToAction action) implements PostEdit {
        public String label() {
            return "Call to action";
        }

        public Post apply(Post post) {
            return post.withCallToAction(action);
        }
    }

    record SetCampaign(Long campaignId) implements PostEdit {
        public String label() {
            return "Campaign";
        }

        public Post apply(Post post) {
            return post.withCampaign(campaignId);
        }
    }

    record SetSchedule(Instant at, ZoneId zone) implements PostEdit {
        public String label() {
            return "Schedule";
        }

        public Post apply(Post post) {
            return post.withSchedule(at, zone);
        }
    }

    record AddImage(PostImage image) implements PostEdit {
        public String label() {
            return "Add photo";
        }

        public Post apply(Post post) {
            List<PostImage> images = new ArrayList<>(post.images());
            images.add(image);
            return post.withImagesAndTags(images, post.tags());
        }
    }

    /** Removes a photo and the pins on it; later photos move up one place. */
    record RemoveImage(int position) implements PostEdit {
        public String label() {
            return "Remove photo";
        }

        public Post apply(Post post) {
            List<PostImage> images = new ArrayList<>(post.images());
            images.remove(position);
            List<Tag> tags = new ArrayList<>();
            for (Tag tag : post.tags()) {
                if (tag.imagePosition() < position) {
                    tags.add(tag);
                } else if (tag.imagePosition() > position) {
                    tags.add(tag.onImage(tag.imagePosition() - 1));
                }
            }
            return post.withImagesAndTags(images, tags);
        }
    }

    /** Moves a photo in the carousel; its pins go with it. */
    record MoveImage(int from, int to) implements PostEdit {
        public String label() {
            return "Reorder photos";
        }

        public Post apply(Post post) {
            List<PostImage> images = new ArrayList<>(post.images());
            images.add(to, images.remove(from));
            List<Tag> tags = post.tags().stream().map(t -> t.onImage(newPosition(t.imagePosition()))).toList();
            return post.withImagesAndTags(images, tags);
        }

        private int newPosition(int old) {
            if (old == from) {
                return to;
            }
            if (from < to && old > from && old <= to) {
                return old - 1;
            }
            if (to < from && old >= to && old < from) {
                return old + 1;
            }
            return old;
        }
    }

    /** Crops a photo to a shape (centred) or moves its crop; pins stay where they are on the photo. */
    record CropImage(int position, AspectRatio aspect, Crop crop) implements PostEdit {
        public String label() {
            return "Crop";
        }

        public Post apply(Post post) {
            List<PostImage> images = new ArrayList<>(post.images());
            PostImage image = images.get(position);
            images.set(position, new PostImage(image.imageSha256(), image.width(), image.height(), aspect, crop));
            return post.withImagesAndTags(images, post.tags());
        }

        public String mergeKey() {
            return "crop:" + position + ":" + aspect.code();
        }
    }

    record AddTag(Tag tag) implements PostEdit {
        public String label() {
            return "Tag product";
        }

        public Post apply(Post post) {
            return withTags(post, tags -> tags.add(tag));
        }
    }

    /** Moves a pin (index in {@link Post#tags()}); a drag is one undo step. */
    record MoveTag(int index, double x, double y, long gesture) implements PostEdit {
        public String label() {
            return "Move pin";
        }

        public Post apply(Post post) {
            return withTags(post, tags -> tags.set(index, tags.get(index).movedTo(x, y)));
        }

        public String mergeKey() {
            return "move:" + index + ":" + gesture;
        }
    }

    record RemoveTag(int index) implements PostEdit {
        public String label() {
            return "Remove pin";
        }

        public Post apply(Post post) {
            return withTags(post, tags -> tags.remove(index));
        }
    }

    record RetagItem(int index, String itemId) implements PostEdit {
        public String label() {
            return "Change product";
        }

        public Post apply(Post post) {
            return withTags(post, tags -> tags.set(index, tags.get(index).withItem(itemId)));
        }
    }

    /** Puts back content kept by autosave (unsaved edits after a crash); one undo step takes it away again. */
    record RestoreContent(Post content) implements PostEdit {
        public String label() {
            return "Restore unsaved changes";
        }

        public Post apply(Post post) {
            return new Post(post.id(), post.brandId(), content.campaignId(), content.caption(), content.interests(),
                    content.callToAction(), post.status(), content.scheduledAt(), content.scheduleZone(), post.publishedAt(),
                    post.platformId(), post.syncError(), post.createdAt(), post.updatedAt(), content.images(), content.tags());
        }
    }

    /** The post with its pins changed by {@code change} (on a copy of the list); photos stay as they are. */
    private static Post withTags(Post post, Consumer<List<Tag>> change) {
        List<Tag> tags = new ArrayList<>(post.tags());
        change.accept(tags);
        return post.withImagesAndTags(post.images(), tags);
    }
}
