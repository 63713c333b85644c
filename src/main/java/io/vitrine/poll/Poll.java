package io.vitrine.poll;

import io.vitrine.brand.PublishState;
import java.time.Instant;
import java.util.List;

/**
 * A stored poll with its options, as the workspace has it.
 *
 * @param syncError what the platform said about it (why it failed, a refused change), null when all is well
 */
public record Poll(long id, long brandId, String campaignName, String question, String imageSha256, int durationHours,
                   List<String> targetInterests, List<String> targetRegions, PublishState status, Instant scheduledAt,
                   Instant publishedAt, String platformId, String syncError, Instant createdAt, Instant updatedAt,
                   List<PollOption> options) {

    public Poll {
        targetInterests = List.copyOf(targetInterests);
        targetRegions = List.copyOf(targetRegions);
        options = List.copyOf(options);
    }

    Poll withOptions(List<PollOption> newOptions) {
        return new Poll(id, brandId, campaignName, question, imageSha256, durationHours, targetInterests, targetRegions,
                status, scheduledAt, publishedAt, platformId, syncError, createdAt, updatedAt, newOptions);
    }

    /** The draft this poll was saved from: what the builder edits and what duplicate copies. */
    public PollDraft toDraft() {
        return new PollDraft(question,
                options.stream().map(o -> new PollDraft.OptionDraft(o.label(), o.itemId(), o.imageSha256())).toList(),
                durationHours, targetInterests, targetRegions, campaignName, imageSha256);
    }

    /** When voting ends: publication (or schedule) plus the duration; null while a draft has no date. */
    public Instant endsAt() {
        Instant start = publishedAt != null ? publishedAt : scheduledAt;
        return start == null ? null : start.plusSeconds(durationHours * 3600L);
    }
}
