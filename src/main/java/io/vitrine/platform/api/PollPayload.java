package io.vitrine.platform.api;

import java.time.Instant;
import java.util.List;

/** {@code POST /v1/polls} and {@code PUT /v1/polls/{id}}: an A/B product poll. */
public record PollPayload(String question, String imageId, List<PollOptionPayload> options, int durationHours,
                          List<String> targetInterests, List<String> targetRegions, Instant scheduledAt) {
    public PollPayload {
        options = options == null ? List.of() : List.copyOf(options);
        targetInterests = targetInterests == null ? List.of() : List.copyOf(targetInterests);
        targetRegions = targetRegions == null ? List.of() : List.copyOf(targetRegions);
    }
}
