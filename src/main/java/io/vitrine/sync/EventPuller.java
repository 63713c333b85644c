package io.vitrine.sync;

import io.vitrine.common.Json;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.platform.api.EventPage;
import io.vitrine.platform.api.EventSegment;
import io.vitrine.platform.api.PlatformEvent;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a brand's event feed from its cursor to the end. Each page's events, its unmatched events
 * and the cursor advance are one transaction: a crash or a dropped page leaves the cursor where
 * the stored events end, and the event id key makes a re-read page (or a duplicated event) count once.
 */
final class EventPuller {
    static final int PAGE_SIZE = 5000;
    /**
     * Pages in a row that send the reader back to a place it has already read from. A platform may repeat a
     * page now and then (the simulator's faults do); a feed that keeps doing it would be read forever.
     */
    static final int MAX_PAGES_WITHOUT_PROGRESS = 3;

    private final Database database;
    private final SyncStateRepository state;
    private final EngagementRepository store;
    private final Clock clock;

    EventPuller(Database database, SyncStateRepository state, EngagementRepository store, Clock clock) {
        this.database = database;
        this.state = state;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads to the end of the feed. The next page is fetched while this one is stored (it only needs
     * this page's cursor), so network and disk overlap; what is committed is still page after page.
     */
    SyncReport pull(PlatformClient client, long brandId) {
        Map<String, Long> posts = state.platformIds(PublicationKind.POST, brandId);
        Map<String, Long> polls = state.platformIds(PublicationKind.POLL, brandId);
        String cursor = state.cursor(brandId).orElse(null);
        int pulled = 0;
        int duplicates = 0;
        int pages = 0;
        Set<String> seen = new HashSet<>();
        seen.add(String.valueOf(cursor));
        int stuck = 0;
        String error = null;
        ExecutorService fetcher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vitrine-event-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<EventPage> next = fetch(fetcher, client, cursor);
            while (next != null) {
                EventPage page = await(next);
                pages++;
                String pageCursor = page.nextCursor() == null ? cursor : page.nextCursor();
                stuck = seen.add(pageCursor) ? 0 : stuck + 1;
                boolean more = page.hasMore() && !page.events().isEmpty() && !Thread.currentThread().isInterrupted();
                if (more && stuck > MAX_PAGES_WITHOUT_PROGRESS) {
                    more = false;
                    error = noProgress(pageCursor, pages);
                }
                next = more ? fetch(fetcher, client, pageCursor) : null;
                EngagementRepository.StoreResult result = store(brandId, page, pageCursor, posts, polls);
                pulled += result.inserted();
                duplicates += result.duplicates();
                cursor = pageCursor;
            }
        } finally {
            fetcher.shutdownNow();
        }
        return new SyncReport(0, pulled, duplicates, 0, error == null ? List.of() : List.of(error));
    }

    private static String noProgress(String cursor, int pages) {
        String shown = cursor.length() > 24 ? cursor.substring(0, 24) + "…" : cursor;
        return "The platform's event feed did not move on: " + (MAX_PAGES_WITHOUT_PROGRESS + 1) + " pages in a row sent"
                + " the studio back to where it had already read (cursor " + shown + "), so pulling stopped after "
                + pages + " pages. Events stored so far are kept; the next sync tries again. If this keeps happening,"
                + " tell the platform's support.";
    }

    private static Future<EventPage> fetch(ExecutorService fetcher, PlatformClient client, String cursor) {
        return fetcher.submit(() -> client.events(cursor, PAGE_SIZE));
    }

    private static EventPage await(Future<EventPage> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlatformException.network("the event feed (sync cancelled)", e);
        }
    }

    /** One page's events (or, for unknown publications, their raw JSON) and the cursor after them: one transaction. */
    private EngagementRepository.StoreResult store(long brandId, EventPage page, String cursor, Map<String, Long> posts,
                                              Map<String, Long> polls) {
        List<EngagementEvent> matched = new ArrayList<>(page.events().size());
        List<PlatformEvent> unmatched = new ArrayList<>();
        for (PlatformEvent event : page.events()) {
            Long post = event.postId() == null ? null : posts.get(event.postId());
            Long poll = event.pollId() == null ? null : polls.get(event.pollId());
            if ((post == null && poll == null) || !EventTypes.known(event.type())) {
                unmatched.add(event); // kept aside, never dropped: a later studio may know it
            } else {
                matched.add(local(event, post, poll));
            }
        }
        return database.write(sql -> {
            EngagementRepository.StoreResult stored = store.store(matched);
            for (PlatformEvent event : unmatched) {
                state.saveUnmatched(sql, brandId, event.id(), Json.write(event), clock.instant());
            }
            state.advanceCursor(sql, brandId, cursor, clock.instant());
            return stored;
        });
    }

    private static EngagementEvent local(PlatformEvent event, Long post, Long poll) {
        EventSegment s = event.segment();
        Segment segment = s == null ? Segment.UNKNOWN : new Segment(s.interest(), s.region(), s.ageBand(), s.returning());
        return new EngagementEvent(event.id(), EventType.fromCode(event.type()), event.occurredAt(), post,
                post == null ? poll : null, event.option(), event.itemId(), event.amountMicros(), event.currency(),
                event.text(), segment);
    }
}
