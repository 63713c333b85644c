/**
 * Conversations: every comment under the brand's posts and polls in one inbox, threaded; replies (public or
 * private) that go out through the sync outbox; an answer assistant that drafts replies about stock, sizes,
 * colours, prices and delivery from the catalog and says what it matched; keyword automations kept with their
 * post or poll; response-time and revenue figures. Plain Java, no UI: the CLI and the Inbox screen share it.
 * {@link io.vitrine.conversation.ConversationFeature} wires it for one workspace.
 */
package io.vitrine.conversation;
