package io.vitrine.platform.api;

/** One option of a poll: a catalog item or a custom image, with its label. Positions are 0-based. */
public record PollOptionPayload(int position, String label, String itemId, String imageId) {
}
