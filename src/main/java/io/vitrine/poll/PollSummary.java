package io.vitrine.poll;

import io.vitrine.brand.PublishState;
import java.time.Instant;

/**
 * A poll in a list: enough to find it and see how it is doing.
 *
 * @param syncError why the platform refused it (or that it changed there), null when all is well
 */
public record PollSummary(long id, String question, PublishState status, long votes, int options, String campaign,
                          Instant scheduledAt, Instant publishedAt, Instant updatedAt, String syncError) {
}
