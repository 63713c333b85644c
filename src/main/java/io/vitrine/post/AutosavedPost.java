package io.vitrine.post;

import java.time.Instant;

/** Unsaved edits to a scheduled or published post, kept from the last autosave. */
public record AutosavedPost(Post state, Instant savedAt) {
}
