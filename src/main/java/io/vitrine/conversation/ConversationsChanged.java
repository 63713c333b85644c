package io.vitrine.conversation;

/**
 * Published on the event bus when comments arrived, a reply was written or changed state, or a thread was marked
 * done or assigned, so the inbox and the unanswered counts refresh. {@code repliesQueued}: a reply waits to go out
 * (the app syncs soon rather than at the next interval).
 */
public record ConversationsChanged(boolean repliesQueued) {
}
