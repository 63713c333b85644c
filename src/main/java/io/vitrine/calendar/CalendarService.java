package io.vitrine.calendar;

import io.vitrine.brand.CampaignUsage;
import io.vitrine.brand.PlannedItem;
import io.vitrine.brand.PublishState;
import io.vitrine.common.VitrineException;
import io.vitrine.poll.PollService;
import io.vitrine.post.PostService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calendar's data: scheduled and published posts and polls in a time range, the clashes among
 * them, and moving one to another time. Posts and polls are asked through their own services, which
 * keep the rules; the calendar only puts them side by side.
 */
public final class CalendarService implements CampaignUsage {
    private final PostService posts;
    private final PollService polls;

    public CalendarService(PostService posts, PollService polls) {
        this.posts = posts;
        this.polls = polls;
    }

    /** Posts and polls of a campaign, whatever their status. */
    @Override
    public long count(long campaignId) {
        return posts.countInCampaign(campaignId) + polls.countInCampaign(campaignId);
    }

    /** Entries with a time in [from, to), earliest first; archived ones are left out. */
    public List<CalendarEntry> between(Instant from, Instant to) {
        List<CalendarEntry> entries = new ArrayList<>();
        posts.planned(from, to).forEach(item -> entries.add(entry(CalendarEntry.Kind.POST, item)));
        polls.planned(from, to).forEach(item -> entries.add(entry(CalendarEntry.Kind.POLL, item)));
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

    /** Moves an entry to a new time. Returns the entries now clashing with the moved one (empty when none). */
    public List<CalendarEntry> move(CalendarEntry entry, Instant at) {
        if (!entry.movable()) {
            throw new VitrineException("This " + entry.kind().name().toLowerCase(Locale.ROOT) + " is already "
                    + entry.status() + " and cannot be moved.", "Only drafts and scheduled items can be rescheduled.");
        }
        if (entry.kind() == CalendarEntry.Kind.POST) {
            posts.reschedule(entry.id(), at);
        } else {
            polls.reschedule(entry.id(), at);
        }
        CalendarEntry moved = new CalendarEntry(entry.kind(), entry.id(), entry.brandId(), entry.title(), at, entry.status(),
                entry.campaignId(), entry.coverSha256(), true);
        return between(at.minusSeconds(60), at.plusSeconds(60)).stream().filter(moved::clashesWith).toList();
    }

    private static CalendarEntry entry(CalendarEntry.Kind kind, PlannedItem item) {
        PublishState status = item.status();
        return new CalendarEntry(kind, item.id(), item.brandId(), item.title(), item.at(), status.code(), item.campaignId(),
                item.coverSha256(), status.beforePublication());
    }
}
