package io.vitrine.post;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar's data: scheduled and published posts and polls in a time range, the clashes among
 * them, and moving one to another time. Polls are read straight from the core {@code poll} table.
 */
public final class CalendarService {
    private final Database database;
    private final PostService posts;
    private final Clock clock;

    public CalendarService(Database database, PostService posts) {
        this(database, posts, Clock.systemUTC());
    }

    public CalendarService(Database database, PostService posts, Clock clock) {
        this.database = database;
        this.posts = posts;
        this.clock = clock;
    }

    /** Entries with a time in [from, to), earliest first; archived ones are left out. */
    public List<CalendarEntry> between(Instant from, Instant to) {
        String start = from.toString();
        String end = to.toString();
        List<CalendarEntry> entries = new ArrayList<>(database.read(sql -> sql.list(
                "SELECT p.id, p.brand_id, p.caption, coalesce(p.published_at, p.scheduled_at) AS at, p.status, p.campaign_id,"
                        + " (SELECT image_sha256 FROM post_image pi WHERE pi.post_id = p.id AND pi.position = 0)"
                        + " FROM post p WHERE p.status <> 'archived' AND coalesce(p.published_at, p.scheduled_at) >= ?"
                        + " AND coalesce(p.published_at, p.scheduled_at) < ?",
                row -> new CalendarEntry(CalendarEntry.Kind.POST, row.getLong(1), row.getLong(2),
                        PostSummary.headline(row.getString(3)), Instant.parse(row.getString(4)), row.getString(5),
                        PostRepository.nullableLong(row, 6), row.getString(7), movable(row.getString(5))),
                start, end)));
        entries.addAll(database.read(sql -> sql.list(
                "SELECT id, brand_id, question, coalesce(published_at, scheduled_at) AS at, status, campaign_id, image_sha256"
                        + " FROM poll WHERE status <> 'archived' AND coalesce(published_at, scheduled_at) >= ?"
                        + " AND coalesce(published_at, scheduled_at) < ?",
                row -> new CalendarEntry(CalendarEntry.Kind.POLL, row.getLong(1), row.getLong(2), row.getString(3),
                        Instant.parse(row.getString(4)), row.getString(5), PostRepository.nullableLong(row, 6),
                        row.getString(7), movable(row.getString(5))),
                start, end)));
        entries.sort(Comparator.comparing(CalendarEntry::at).thenComparing(CalendarEntry::kind).thenComparing(CalendarEntry::id));
        return entries;
    }

    /** Posts that share a minute with another post of the same brand profile. */
    public static Set<CalendarEntry> clashes(List<CalendarEntry> entries) {
        Map<String, List<CalendarEntry>> byMinute = new HashMap<>();
        for (CalendarEntry entry : entries) {
            if (entry.kind() == CalendarEntry.Kind.POST) {
                byMinute.computeIfAbsent(entry.brandId() + "@" + entry.minute(), k -> new ArrayList<>()).add(entry);
            }
        }
        Set<CalendarEntry> clashing = new LinkedHashSet<>();
        byMinute.values().stream().filter(group -> group.size() > 1).forEach(clashing::addAll);
        return clashing;
    }

    /**
     * Moves an entry to a new time. Posts go through {@link PostService#reschedule}; polls get the
     * same rules here. Returns the entries now clashing with the moved one (empty when none).
     */
    public List<CalendarEntry> move(CalendarEntry entry, Instant at) {
        if (!entry.movable()) {
            throw new VitrineException("This " + entry.kind().name().toLowerCase(java.util.Locale.ROOT) + " is already "
                    + entry.status() + " and cannot be moved.", "Only drafts and scheduled items can be rescheduled.");
        }
        if (entry.kind() == CalendarEntry.Kind.POST) {
            posts.reschedule(entry.id(), at);
        } else {
            movePoll(entry.id(), at);
        }
        CalendarEntry moved = new CalendarEntry(entry.kind(), entry.id(), entry.brandId(), entry.title(), at, entry.status(),
                entry.campaignId(), entry.coverSha256(), true);
        return between(at.minusSeconds(60), at.plusSeconds(60)).stream().filter(moved::clashesWith).toList();
    }

    private void movePoll(long id, Instant at) {
        if (at.isBefore(clock.instant())) {
            throw new VitrineException("The new time " + at + " is in the past.", "Drop the poll on a time from now on.");
        }
        int changed = database.write(sql -> sql.update("UPDATE poll SET scheduled_at = ?, updated_at = ?"
                + " WHERE id = ? AND status IN ('draft', 'scheduled', 'failed')", at, clock.instant(), id));
        if (changed == 0) {
            throw new VitrineException("Poll " + id + " cannot be moved any more.", "It may have been published meanwhile; refresh.");
        }
    }

    private static boolean movable(String status) {
        return "draft".equals(status) || "scheduled".equals(status) || "failed".equals(status);
    }
}
