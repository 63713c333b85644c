package io.vitrine.post;

/** Published on the event bus when posts were created, saved, moved or archived, so lists and the calendar refresh. */
public record PostsChanged(Long postId) {
}
