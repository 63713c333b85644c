package io.vitrine.conversation;

import io.vitrine.poll.AudienceSegment;
import java.time.Instant;
import java.util.Locale;

/**
 * Which threads the inbox shows: all, questions, unanswered or answered questions, or those marked done; under
 * one post or poll; about one product (an item, or any variant of its group); from one audience segment; started
 * between two instants; containing words (full text, accents ignored); assigned to someone. Newest first, a page
 * at a time.
 */
public record InboxFilter(Show show, Long postId, Long pollId, String product, AudienceSegment segment, Instant since,
                          Instant until, String search, String assignee, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 200;
    public static final InboxFilter ALL = new InboxFilter(Show.ALL, null, null, null, null, null, null, null, null,
            DEFAULT_LIMIT, 0);

    /** Which threads, by how they stand. */
    public enum Show {
        ALL, QUESTIONS, UNANSWERED, ANSWERED, DONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public InboxFilter {
        show = show == null ? Show.ALL : show;
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 5_000);
        offset = Math.max(0, offset);
    }

    public InboxFilter withShow(Show value) {
        return new InboxFilter(value, postId, pollId, product, segment, since, until, search, assignee, limit, offset);
    }

    public InboxFilter withPublication(Long post, Long poll) {
        return new InboxFilter(show, post, poll, product, segment, since, until, search, assignee, limit, offset);
    }

    public InboxFilter withProduct(String value) {
        return new InboxFilter(show, postId, pollId, value, segment, since, until, search, assignee, limit, offset);
    }

    public InboxFilter withSegment(AudienceSegment value) {
        return new InboxFilter(show, postId, pollId, product, value, since, until, search, assignee, limit, offset);
    }

    public InboxFilter withPeriod(Instant from, Instant to) {
        return new InboxFilter(show, postId, pollId, product, segment, from, to, search, assignee, limit, offset);
    }

    public InboxFilter withSearch(String value) {
        return new InboxFilter(show, postId, pollId, product, segment, since, until, value, assignee, limit, offset);
    }

    public InboxFilter withAssignee(String value) {
        return new InboxFilter(show, postId, pollId, product, segment, since, until, search, value, limit, offset);
    }

    public InboxFilter withPage(int newLimit, int newOffset) {
        return new InboxFilter(show, postId, pollId, product, segment, since, until, search, assignee, newLimit, newOffset);
    }
}
