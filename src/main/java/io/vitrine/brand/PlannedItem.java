package io.vitrine.brand;

import java.time.Instant;

/**
 * A post or a poll as a plan shows it: what it is called, when it goes (or went) out, where it stands.
 * Posts and polls each list theirs; the calendar puts them side by side.
 *
 * @param at the publication time once out, else the scheduled time (UTC)
 */
public record PlannedItem(long id, long brandId, String title, Instant at, PublishState status, Long campaignId,
                          String coverSha256) {
}
