package io.vitrine.post;

import io.vitrine.brand.PublishState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A shoppable post: photos (a carousel of up to ten, in order) with products pinned on them, a
 * caption, interests for the platform's interest feed, an optional call to action, a campaign and
 * a schedule. Immutable: the composer edits by making a new one ({@link PostEdit}).
 *
 * @param id            null until first saved
 * @param scheduledAt   when the sync engine publishes it (UTC instant)
 * @param scheduleZone  the time zone the person scheduled in (display only); null = the brand's
 */
public record Post(Long id, long brandId, Long campaignId, String caption, List<String> interests,
                   CallToAction callToAction, PublishState status, Instant scheduledAt, ZoneId scheduleZone,
                   Instant publishedAt, String platformId, String syncError, Instant createdAt, Instant updatedAt,
                   List<PostImage> images, List<Tag> tags) {

    public Post {
        caption = caption == null ? "" : caption;
        interests = List.copyOf(interests == null ? List.of() : interests);
        images = List.copyOf(images == null ? List.of() : images);
        tags = List.copyOf(tags == null ? List.of() : tags);
        status = status == null ? PublishState.DRAFT : status;
    }

    /** An empty draft for a brand. */
    public static Post newDraft(long brandId) {
        return new Post(null, brandId, null, "", List.of(), null, PublishState.DRAFT, null, null, null, null, null,
                null, null, List.of(), List.of());
    }

    /**
     * A person may still change it: anything but a post on its way to the platform or archived. A live post's
     * caption and pins can change (the platform gets the update); a poll's options cannot once it is out.
     */
    public boolean editable() {
        return status != PublishState.QUEUED && status != PublishState.ARCHIVED;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The tags pinned on one photo, in the order they were added. */
    public List<Tag> tagsOn(int imagePosition) {
        return tags.stream().filter(t -> t.imagePosition() == imagePosition).toList();
    }

    /** Nothing worth keeping yet: no photo, no caption. */
    public boolean isBlank() {
        return images.isEmpty() && caption.isBlank();
    }

    public Post withCaption(String text) {
        return new Post(id, brandId, campaignId, text, interests, callToAction, status, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withInterests(List<String> topics) {
        return new Post(id, brandId, campaignId, caption, topics, callToAction, status, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withCallToAction(CallToAction action) {
        return new Post(id, brandId, campaignId, caption, interests, action, status, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withCampaign(Long campaign) {
        return new Post(id, brandId, campaign, caption, interests, callToAction, status, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withSchedule(Instant at, ZoneId zone) {
        return new Post(id, brandId, campaignId, caption, interests, callToAction, status, at, zone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withStatus(PublishState newStatus) {
        return new Post(id, brandId, campaignId, caption, interests, callToAction, newStatus, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, images, tags);
    }

    public Post withImagesAndTags(List<PostImage> newImages, List<Tag> newTags) {
        return new Post(id, brandId, campaignId, caption, interests, callToAction, status, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, createdAt, updatedAt, newImages, newTags);
    }

    /** The stored identity and bookkeeping after a save. */
    public Post saved(long newId, PublishState newStatus, Instant created, Instant updated) {
        return new Post(newId, brandId, campaignId, caption, interests, callToAction, newStatus, scheduledAt, scheduleZone,
                publishedAt, platformId, syncError, created, updated, images, tags);
    }

    /** A fresh draft with this post's content (no id, schedule or platform identity). */
    public Post copyAsDraft() {
        return new Post(null, brandId, campaignId, caption, interests, callToAction, PublishState.DRAFT, null, scheduleZone,
                null, null, null, null, null, images, tags);
    }
}
