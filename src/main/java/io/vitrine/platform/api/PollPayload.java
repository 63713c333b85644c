package io.vitrine.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /v1/polls} and {@code PUT /v1/polls/{id}}: an A/B product poll. {@code automations} (keyword
 * rules) is left out of the JSON when empty.
 */
public record PollPayload(String question, String imageId, List<PollOptionPayload> options, int durationHours,
                          List<String> targetInterests, List<String> targetRegions, Instant scheduledAt,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AutomationRule> automations) {
    public PollPayload {
        options = options == null ? List.of() : List.copyOf(options);
        targetInterests = targetInterests == null ? List.of() : List.copyOf(targetInterests);
        targetRegions = targetRegions == null ? List.of() : List.copyOf(targetRegions);
        automations = automations == null ? List.of() : List.copyOf(automations);
    }
}
