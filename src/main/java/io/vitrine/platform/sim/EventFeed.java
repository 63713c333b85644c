package io.vitrine.platform.sim;

import io.vitrine.platform.api.EventPage;
import io.vitrine.platform.api.PlatformEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** {@code GET /v1/events}: pages of a brand's event log. */
final class EventFeed {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;
    private static final String CURSOR_PREFIX = "log:";

    private final FaultPlan faults;

    EventFeed(FaultPlan faults) {
        this.faults = faults;
    }

    SimReply page(BrandState brand, SimRequest r, Instant now) {
        int limit = limit(r.query().get("limit"));
        int from = decode(r.query().get("cursor"));
        EventLog log = brand.events(now);
        FaultPlan.PageFault fault = faults.page();
        if (fault == FaultPlan.PageFault.REPEAT_PREVIOUS && brand.lastPage()[1] > 0) {
            from = brand.lastPage()[0]; // ignores the cursor: the client sees the previous page again
            limit = brand.lastPage()[1] - from;
        }
        List<PlatformEvent> events = log.slice(from, limit);
        int to = from + events.size();
        if (fault == FaultPlan.PageFault.DUPLICATES && events.size() > 1) {
            events = withDuplicates(events);
        }
        brand.lastPage(from, to);
        EventPage page = new EventPage(events, encode(to), to < log.size());
        return SimReply.json(200, page).whenDelivered(() -> {
            synchronized (brand) {
                log.delivered(to);
            }
        });
    }

    /** Repeats a few items of the page later in the same page (same ids): the client must not count them twice. */
    <T> List<T> withDuplicates(List<T> events) {
        List<T> out = new ArrayList<>(events);
        int copies = 1 + faults.nextInt(Math.min(3, events.size() - 1));
        for (int i = 0; i < copies; i++) {
            int source = faults.nextInt(out.size() - 1);
            out.add(source + 1 + faults.nextInt(out.size() - source), out.get(source));
        }
        return out;
    }

    static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1) {
                throw SimProblem.badRequest("limit must be at least 1");
            }
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw SimProblem.badRequest("limit must be a number: " + text);
        }
    }

    static String encode(int index) {
        return encode(CURSOR_PREFIX, index);
    }

    static int decode(String cursor) {
        return decode(CURSOR_PREFIX, cursor);
    }

    /** An opaque cursor for position {@code index} of the feed {@code prefix} names (so one feed's cursor fails on another). */
    static String encode(String prefix, int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + index).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String prefix, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(prefix)) {
                throw new IllegalArgumentException(text);
            }
            return Math.max(0, Integer.parseInt(text.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            throw SimProblem.badRequest("Not a cursor this feed gave out: " + cursor);
        }
    }
}
