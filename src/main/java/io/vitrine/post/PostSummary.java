package io.vitrine.post;

import io.vitrine.brand.PublishState;
import java.time.Instant;
import java.time.ZoneId;

/** A post as the posts list shows it: first photo, caption, status, when, campaign and counts. */
public record PostSummary(long id, long brandId, PublishState status, String caption, Instant scheduledAt,
                          ZoneId scheduleZone, Instant publishedAt, Long campaignId, String campaignName,
                          int imageCount, int tagCount, String coverSha256, Instant updatedAt, String syncError) {

    /** The first line of the caption, shortened for a list row. */
    public String headline() {
        return headline(caption);
    }

    /** The first line of any caption, at most 80 characters. */
    public static String headline(String caption) {
        String first = caption == null ? "" : caption.strip().lines().findFirst().orElse("");
        if (first.isEmpty()) {
            return "(no caption)";
        }
        return first.length() > 80 ? first.substring(0, 79) + "…" : first;
    }

    /** When it goes (or went) out: the publication time if published, else the scheduled time. */
    public Instant when() {
        return publishedAt != null ? publishedAt : scheduledAt;
    }
}
