package io.vitrine.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.poll.stats.PollStatisticsEngine;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.poll.stats.VoteStatistics;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results computed from real events stored through the engagement store (rollups) on a real workspace file. */
class PollResultsServiceIT {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final Segment FR = new Segment("lighting", "FR", "25-34", false);
    private static final Segment DE = new Segment("textiles", "DE", "35-44", true);

    @TempDir
    Path dir;
    Workspace workspace;
    long pollId;
    EngagementRepository store;
    int sequence;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("r.vitrine"), null);
        new io.vitrine.brand.BrandProfiles(workspace.database()).create("Corner Shop", "cornershop", java.time.ZoneId.of("Europe/Paris"));
        pollId = PollFeature.of(workspace).polls().saveDraft(null, new PollDraft("Which glass?",
                List.of(PollDraft.OptionDraft.ofItem("AMBER", "Amber"), PollDraft.OptionDraft.ofItem("SMOKE", "Smoked")),
                72, List.of(), List.of(), null, null)).id();
        store = new EngagementRepository(workspace.database());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private void votes(int count, int option, Segment segment, Instant at) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new EngagementEvent("v" + (++sequence), EventType.VOTE, at, null, pollId, option, null, null, null, null, segment));
        }
        store.store(events);
    }

    private void impressions(int count, int option) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new EngagementEvent("i" + (++sequence), EventType.IMPRESSION, START, null, pollId, option, null, null,
                    null, null, FR));
        }
        store.store(events);
    }

    @Test
    void overallSegmentsReversalTimelineAndSampleRatio() {
        votes(500, 0, FR, START);
        votes(200, 1, FR, START.plusSeconds(3600));
        votes(60, 0, DE, START.plusSeconds(7200));
        votes(180, 1, DE, START.plusSeconds(7200));
        impressions(1000, 0);
        impressions(700, 1);

        PollResults results = PollFeature.of(workspace).results().results(pollId);
        assertThat(results.statistics().totalVotes()).isEqualTo(940);
        assertThat(results.statistics().option(0).votes()).isEqualTo(560);
        assertThat(results.statistics().option(0).share()).isCloseTo(560 / 940.0, within(1e-12));
        assertThat(results.statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(results.verdictSentence()).startsWith("Amber leads with over 99% probability").contains("940 votes")
                .contains("Caution: Smoked was shown 18% less often");
        assertThat(results.sampleRatio().flagged()).isTrue();

        SegmentResult germany = results.segments().stream()
                .filter(s -> s.segment().equals(new AudienceSegment(SegmentDimension.REGION, "DE"))).findFirst().orElseThrow();
        assertThat(germany.statistics().option(1).votes()).isEqualTo(180);
        assertThat(germany.disagreement()).isEqualTo(SegmentResult.Disagreement.REVERSED);
        SegmentResult returning = results.segments().stream()
                .filter(s -> s.segment().equals(new AudienceSegment(SegmentDimension.RETURNING, "returning"))).findFirst().orElseThrow();
        assertThat(returning.statistics().totalVotes()).isEqualTo(240);
        assertThat(results.segments()).filteredOn(s -> s.segment().dimension() == SegmentDimension.REGION)
                .extracting(s -> s.segment().value()).containsExactly("DE", "FR");

        assertThat(results.timeline()).hasSize(3);
        assertThat(results.timeline().get(0).shares()[0]).isEqualTo(1.0);
        assertThat(results.timeline().get(2).cumulativeVotes()).containsExactly(560, 380);

        // within Germany only: the reversal is the verdict, and the breakdown excludes the region dimension
        PollResults inGermany = PollFeature.of(workspace).results().results(pollId,
                List.of(AudienceSegment.parse("region=DE")), StatisticsSettings.defaults());
        assertThat(inGermany.statistics().verdict().leader()).isEqualTo(1);
        assertThat(inGermany.segments()).noneMatch(s -> s.segment().dimension() == SegmentDimension.REGION);
        assertThat(inGermany.verdictSentence()).startsWith("Smoked leads");
    }

    /**
     * Eight segments (FR and DE voters differ in all four dimensions). Germany's 65 to 110 for Smoked would be a lead
     * on its own (p = 0.016), but the four French segments take Holm's first steps and Germany's four come next at
     * 0.05/4 = 0.0125: not called, so Germany only leans the other way, with an adjusted p of 4 × 0.016.
     */
    @Test
    void aSegmentThatLeadsOnlyOnItsOwnIsNotCalledReversed() {
        votes(500, 0, FR, START);
        votes(200, 1, FR, START);
        votes(65, 0, DE, START);
        votes(110, 1, DE, START);

        PollResults results = PollFeature.of(workspace).results().results(pollId);
        VoteStatistics alone = new PollStatisticsEngine(results.settings()).analyse(new long[] {65, 110});
        assertThat(alone.verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(alone.verdict().pValue()).isBetween(0.0125, 0.05);

        assertThat(results.segments()).hasSize(8);
        SegmentResult germany = results.segments().stream()
                .filter(s -> s.segment().equals(new AudienceSegment(SegmentDimension.REGION, "DE"))).findFirst().orElseThrow();
        assertThat(germany.statistics().option(1).votes()).isEqualTo(110);
        assertThat(germany.statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(germany.statistics().verdict().pValue()).isCloseTo(4 * alone.verdict().pValue(), within(1e-12));
        assertThat(germany.disagreement()).isEqualTo(SegmentResult.Disagreement.LEANS_OTHER_WAY);
        assertThat(results.segments()).noneMatch(s -> s.disagreement() == SegmentResult.Disagreement.REVERSED);
        SegmentResult france = results.segments().stream()
                .filter(s -> s.segment().equals(new AudienceSegment(SegmentDimension.REGION, "FR"))).findFirst().orElseThrow();
        assertThat(france.statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        assertThat(results.segmentAdjustment()).isEqualTo("Segment calls adjusted for 8 segments (Holm).");

        PollResultsDocument document = PollResultsDocument.of(results);
        assertThat(document.segmentsCompared()).isEqualTo(8);
        assertThat(document.segments()).filteredOn(s -> s.segment().equals("region=DE")).singleElement()
                .satisfies(s -> assertThat(s.pValueAdjusted()).isEqualTo(germany.statistics().verdict().pValue()))
                .satisfies(s -> assertThat(s.disagreement()).isEqualTo("leans_other_way"));

        // opened from the table (double-click, or --segment region=DE): judged as the table judged it, not alone
        PollResults opened = PollFeature.of(workspace).results().results(pollId,
                List.of(AudienceSegment.parse("region=DE")), results.settings());
        assertThat(opened.statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(opened.statistics().verdict().pValue()).isEqualTo(germany.statistics().verdict().pValue());
        assertThat(opened.judgedAmong()).isEqualTo(8);
        assertThat(opened.scopeAdjustment()).startsWith("Judged with the 8 segments of the full segment table (Holm)");
        assertThat(PollResultsDocument.of(opened).judgedAmong()).isEqualTo(8);
        assertThat(results.judgedAmong()).isEqualTo(1);
        assertThat(results.scopeAdjustment()).isEmpty();
    }

    @Test
    void theMinimumVotesIsAWorkspaceSetting() {
        votes(90, 0, FR, START);
        votes(10, 1, FR, START);
        PollResultsService service = PollFeature.of(workspace).results();
        assertThat(service.results(pollId).statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.LEADS);
        service.setMinVotes(250);
        assertThat(service.minVotes()).isEqualTo(250);
        PollResults strict = PollFeature.of(workspace).results().results(pollId);
        assertThat(strict.statistics().verdict().kind()).isEqualTo(PollVerdict.Kind.TOO_EARLY);
        assertThat(strict.verdictSentence()).contains("100 votes so far, and a call needs at least 250");
    }

    @Test
    void commentsAreSearchedByEveryWordNewestFirst() {
        List<EngagementEvent> comments = List.of(
                comment("c1", "Amber would glow in my lounge", START),
                comment("c2", "Smoked glass is more modern", START.plusSeconds(60)),
                comment("c3", "AMBER please, 100% amber", START.plusSeconds(120)),
                comment("c3", "duplicate delivery of c3", START.plusSeconds(120)));
        store.store(comments);
        PollResultsService service = PollFeature.of(workspace).results();
        assertThat(service.comments(pollId, "", 50)).extracting(PollComment::eventId).containsExactly("c3", "c2", "c1");
        assertThat(service.comments(pollId, "amber", 50)).extracting(PollComment::eventId).containsExactly("c3", "c1");
        assertThat(service.comments(pollId, "amber lounge", 50)).extracting(PollComment::eventId).containsExactly("c1");
        assertThat(service.comments(pollId, "100%", 50)).extracting(PollComment::eventId).containsExactly("c3");
        assertThat(service.results(pollId).comments()).isEqualTo(3);
    }

    private EngagementEvent comment(String id, String text, Instant at) {
        return new EngagementEvent(id, EventType.COMMENT, at, null, pollId, null, null, null, null, text, DE);
    }
}
