package io.vitrine.sync;

import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentRepository;
import io.vitrine.platform.api.CommentPage;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a brand's comment feed from its cursor to the end, like {@link EventPuller}: each page's comments and the
 * cursor after them are one transaction, and comments are stored by id, so a re-read or repeated page counts once.
 */
final class CommentPuller {
    static final int PAGE_SIZE = 2000;

    private final Database database;
    private final SyncStateRepository state;
    private final CommentRepository store;
    private final CommentMapper mapper;
    private final Clock clock;

    CommentPuller(Database database, SyncStateRepository state, CommentRepository store, CommentMapper mapper, Clock clock) {
        this.database = database;
        this.state = state;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns how many new comments were stored. */
    int pull(PlatformClient client, long brandId) {
        Map<String, Long> posts = state.platformIds(PublicationKind.POST, brandId);
        Map<String, Long> polls = state.platformIds(PublicationKind.POLL, brandId);
        String cursor = state.commentCursor(brandId).orElse(null);
        int added = 0;
        while (!Thread.currentThread().isInterrupted()) {
            CommentPage page = client.comments(cursor, PAGE_SIZE);
            String next = page.nextCursor() == null ? cursor : page.nextCursor();
            List<Comment> comments = new ArrayList<>(page.comments().size());
            List<String> refs = new ArrayList<>(page.comments().size());
            for (io.vitrine.platform.api.Comment c : page.comments()) {
                comments.add(mapper.local(brandId, c, posts, polls));
                refs.add(CommentMapper.publicationRef(c));
            }
            added += database.write(sql -> {
                int n = store.store(sql, comments, refs);
                state.advanceCommentCursor(sql, brandId, next, clock.instant());
                return n;
            });
            cursor = next;
            if (!page.hasMore() || page.comments().isEmpty()) {
                return added;
            }
        }
        return added;
    }
}
