package io.vitrine.platform.sim;

/**
 * A reply the brand sent through the API, kept in the state file with {@code position}: how many comments the
 * feed held when it was made. The feed is regenerated after a restart; the reply goes back at that position,
 * so every cursor given out before still means the same place.
 */
record BrandReply(SimComment comment, int position) {
}
