package io.vitrine.platform.sim;

import io.vitrine.platform.api.Comment;
import io.vitrine.platform.api.CommentList;
import io.vitrine.platform.api.CommentPage;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.ReplyRequest;
import java.time.Instant;
import java.util.List;

/**
 * The comment routes of one authenticated brand: the feed by cursor, a publication's comments, public and
 * private replies, hiding. Writes go through {@link ApiRoutes#idempotent}; the caller holds the brand's monitor.
 */
final class CommentRoutes {
    private static final String CURSOR_PREFIX = "comments:";

    private final EventFeed feed;
    private final FaultPlan faults;
    private final int privateRepliesPerHour;
    private final double speed;

    CommentRoutes(EventFeed feed, FaultPlan faults, int privateRepliesPerHour, double speed) {
        this.feed = feed;
        this.faults = faults;
        this.privateRepliesPerHour = privateRepliesPerHour;
        this.speed = speed;
    }

    /** Handles {@code r} if it is a comment route, else returns null. */
    SimReply handle(BrandState brand, SimRequest r, Instant now) {
        if (r.matches("GET", "v1", "comments")) {
            return page(brand, r, now);
        }
        if (r.matches("GET", "v1", "posts", "*", "comments") || r.matches("GET", "v1", "polls", "*", "comments")) {
            PublicationKind kind = r.segment(1).equals("posts") ? PublicationKind.POST : PublicationKind.POLL;
            brand.find(r.segment(2), kind).orElseThrow(() -> SimProblem.notFound("Nothing at " + r.path()));
            Conversations conversations = brand.events(now).conversations();
            return SimReply.json(200, new CommentList(served(brand, conversations, conversations.of(r.segment(2)))));
        }
        boolean publicReply = r.matches("POST", "v1", "comments", "*", "replies");
        if (publicReply || r.matches("POST", "v1", "comments", "*", "private-reply")) {
            return ApiRoutes.idempotent(brand, requiredKey(r), r, () -> {
                Conversations conversations = brand.events(now).conversations();
                SimComment reply = brand.comments().reply(conversations, r.segment(2), r.json(ReplyRequest.class),
                        !publicReply, now, privateRepliesPerHour, speed);
                return SimReply.json(201, brand.comments().served(conversations, reply));
            });
        }
        if (r.matches("POST", "v1", "comments", "*", "hide")) {
            return ApiRoutes.idempotent(brand, requiredKey(r), r, () -> {
                Conversations conversations = brand.events(now).conversations();
                SimComment hidden = brand.comments().hide(conversations, r.segment(2));
                return SimReply.json(200, brand.comments().served(conversations, hidden));
            });
        }
        return null;
    }

    private SimReply page(BrandState brand, SimRequest r, Instant now) {
        int limit = EventFeed.limit(r.query().get("limit"));
        int from = EventFeed.decode(CURSOR_PREFIX, r.query().get("cursor"));
        Conversations conversations = brand.events(now).conversations();
        List<Comment> comments = served(brand, conversations, conversations.slice(from, limit));
        int to = from + comments.size();
        if (faults.page() == FaultPlan.PageFault.DUPLICATES && comments.size() > 1) {
            comments = feed.withDuplicates(comments);
        }
        return SimReply.json(200, new CommentPage(comments, EventFeed.encode(CURSOR_PREFIX, to), to < conversations.size()));
    }

    private static List<Comment> served(BrandState brand, Conversations conversations, List<SimComment> comments) {
        return comments.stream().map(c -> brand.comments().served(conversations, c)).toList();
    }

    private static String requiredKey(SimRequest r) {
        String key = r.header("Idempotency-Key");
        if (key == null || key.isBlank()) {
            throw SimProblem.badRequest("POST needs an Idempotency-Key header");
        }
        return key;
    }
}
