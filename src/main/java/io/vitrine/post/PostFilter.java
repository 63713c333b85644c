package io.vitrine.post;

import io.vitrine.brand.PublishState;
import java.util.List;
import java.util.Set;

/** Which posts the list shows: by status (empty = all but archived is up to the caller), campaign, caption text. */
public record PostFilter(Set<PublishState> statuses, Long campaignId, String text) {
    public static final PostFilter ALL = new PostFilter(Set.of(), null, null);

    public PostFilter {
        statuses = Set.copyOf(statuses);
    }

    public static PostFilter of(PublishState... statuses) {
        return new PostFilter(Set.copyOf(List.of(statuses)), null, null);
    }

    /** Everything except archived posts: the list's "All". */
    public static PostFilter active() {
        return of(PublishState.DRAFT, PublishState.SCHEDULED, PublishState.QUEUED, PublishState.PUBLISHED, PublishState.FAILED);
    }
}
