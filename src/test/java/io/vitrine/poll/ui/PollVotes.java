package io.vitrine.poll.ui;

import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.workspace.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A workspace with a brand and a two-option poll, and votes and comments stored as the sync engine stores them. */
final class PollVotes {
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final Segment FR = new Segment("lighting", "FR", "25-34", false);
    static final Segment DE = new Segment("textiles", "DE", "35-44", true);

    private final EngagementRepository store;
    private final long pollId;
    private int sequence;

    private PollVotes(Workspace workspace, long pollId) {
        this.store = new EngagementRepository(workspace.database());
        this.pollId = pollId;
    }

    /** Adds the brand and the poll "Which glass?" (Amber, Smoked). */
    static PollVotes on(Workspace workspace) {
        new io.vitrine.brand.BrandProfiles(workspace.database()).create("Corner Shop", "cornershop", java.time.ZoneId.of("Europe/Paris"));
        long id = PollFeature.of(workspace).polls().saveDraft(null, new PollDraft("Which glass?",
                List.of(PollDraft.OptionDraft.ofItem("AMBER", "Amber"), PollDraft.OptionDraft.ofItem("SMOKE", "Smoked")),
                72, List.of(), List.of(), null, null)).id();
        return new PollVotes(workspace, id);
    }

    long pollId() {
        return pollId;
    }

    PollVotes votes(int count, int option, Segment segment) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new EngagementEvent("v" + (++sequence), EventType.VOTE, START.plusSeconds(sequence), null, pollId, option,
                    null, null, null, null, segment));
        }
        store.store(events);
        return this;
    }

    PollVotes comment(String text, Segment segment) {
        store.store(List.of(new EngagementEvent("c" + (++sequence), EventType.COMMENT, START.plusSeconds(sequence), null, pollId,
                null, null, null, null, text, segment)));
        return this;
    }
}
