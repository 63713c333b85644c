package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.poll.AudienceSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The inbox filters as options, shared by {@code comments list} and {@code comments export}. */
final class InboxFilterOptions {
    @Option(names = "--unanswered", description = "Only questions nobody answered (nor marked done).")
    boolean unanswered;
    @Option(names = "--questions", description = "Only questions.")
    boolean questions;
    @Option(names = "--answered", description = "Only answered questions.")
    boolean answered;
    @Option(names = "--done", description = "Only threads marked done.")
    boolean done;
    @Option(names = "--post", paramLabel = "N", description = "Only under this post.")
    Long post;
    @Option(names = "--poll", paramLabel = "N", description = "Only under this poll.")
    Long poll;
    @Option(names = "--product", paramLabel = "ITEM", description = "Only about this item (or any variant of this item group).")
    String product;
    @Option(names = "--segment", paramLabel = "DIM=VALUE", description = "Only from this audience segment, e.g. region=FR.")
    String segment;
    @Option(names = "--since", paramLabel = "DATE", description = "Started on or after (2026-12-01 or an ISO instant).")
    String since;
    @Option(names = "--until", paramLabel = "DATE", description = "Started before (2026-12-31 or an ISO instant).")
    String until;
    @Option(names = "--search", paramLabel = "TEXT", description = "Only threads with these words (accents ignored).")
    String search;
    @Option(names = "--assignee", paramLabel = "NAME", description = "Only threads assigned to this person.")
    String assignee;
    @Option(names = "--limit", paramLabel = "N", description = "At most N threads. Default: ${DEFAULT-VALUE}.")
    int limit = InboxFilter.DEFAULT_LIMIT;

    InboxFilter filter() {
        if (post != null && poll != null) {
            throw new VitrineException("Give --post or --poll, not both.", "A comment is under one post or one poll.");
        }
        int shows = (unanswered ? 1 : 0) + (questions ? 1 : 0) + (answered ? 1 : 0) + (done ? 1 : 0);
        if (shows > 1) {
            throw new VitrineException("Give at most one of --unanswered, --questions, --answered and --done.", "");
        }
        InboxFilter.Show show = unanswered ? InboxFilter.Show.UNANSWERED : questions ? InboxFilter.Show.QUESTIONS
                : answered ? InboxFilter.Show.ANSWERED : done ? InboxFilter.Show.DONE : InboxFilter.Show.ALL;
        AudienceSegment audience;
        try {
            audience = segment == null ? null : AudienceSegment.parse(segment);
        } catch (IllegalArgumentException e) {
            throw new VitrineException(e.getMessage(), "For example --segment region=FR or --segment age_band=25-34.");
        }
        return new InboxFilter(show, post, poll, product, audience, instant(since, "--since"), instant(until, "--until"),
                search, assignee, limit, 0);
    }

    private static Instant instant(String text, String option) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new VitrineException(option + " " + text + " is not a date.", "Write 2026-12-01 or 2026-12-01T09:00:00Z.");
        }
    }
}
