package io.vitrine.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.brand.BrandProfiles;
import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.PublishState;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls on a real workspace file: validation against the catalog, drafts, duplicate, schedule, live polls kept. */
class PollServiceIT {
    @TempDir
    Path dir;
    Workspace workspace;
    PollService polls;

    @BeforeEach
    void setUp() {
        workspace = Workspace.create(dir.resolve("polls.vitrine"), "Corner Shop");
        workspace.database().write(sql -> {
            String insert = "INSERT INTO catalog_item(id, item_group_id, title, price_micros, currency, availability, removed,"
                    + " updated_at) VALUES (?, 'LUNE', ?, 89000000, 'EUR', ?, ?, '2026-11-01T00:00:00Z')";
            sql.update(insert, "LUNE-SAGE", "Lune lamp, sage", "in_stock", 0);
            sql.update(insert, "LUNE-RUST", "Lune lamp, rust", "in_stock", 0);
            sql.update(insert, "LUNE-NAVY", "Lune lamp, navy", "out_of_stock", 0);
            sql.update(insert, "LUNE-OLD", "Lune lamp, ochre", "in_stock", 1);
            return null;
        });
        new BrandProfiles(workspace.database()).create("Corner Shop", "cornershop", ZoneId.of("Europe/Paris"));
        new CampaignService(workspace.database()).save(new Campaign(null, "Lumière Lights", null, null, null, null));
        polls = PollFeature.of(workspace).polls();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static PollDraft draft(OptionDraft... options) {
        return new PollDraft("Which Lune should we restock?", List.of(options), 48, List.of("lighting"), List.of("FR"),
                "Lumière Lights", null);
    }

    @Test
    void createsAPollWithItsOptionsCampaignAndBrand() {
        PollService.Saved saved = polls.create(draft(OptionDraft.ofItem("LUNE-SAGE", "Sage"), OptionDraft.ofItem("LUNE-RUST", "Rust")));
        assertThat(saved.problems()).isEmpty();
        Poll poll = polls.require(saved.id());
        assertThat(poll.question()).isEqualTo("Which Lune should we restock?");
        assertThat(poll.status()).isEqualTo(PublishState.DRAFT);
        assertThat(poll.options()).extracting(PollOption::label).containsExactly("Sage", "Rust");
        assertThat(poll.options()).extracting(PollOption::itemId).containsExactly("LUNE-SAGE", "LUNE-RUST");
        assertThat(poll.campaignName()).isEqualTo("Lumière Lights");
        assertThat(poll.targetRegions()).containsExactly("FR");
        assertThat(polls.campaignNames()).containsExactly("Lumière Lights");
        assertThat(poll.brandId()).isEqualTo(new BrandProfiles(workspace.database()).list().get(0).id());
        assertThat(polls.brandHandle()).isEqualTo("@cornershop");
        assertThat(polls.list()).singleElement().satisfies(s -> {
            assertThat(s.votes()).isZero();
            assertThat(s.options()).isEqualTo(2);
        });
    }

    @Test
    void outOfStockAndRemovedOptionsAreWarnedNotRefused() {
        PollService.Saved saved = polls.create(draft(OptionDraft.ofItem("LUNE-NAVY", "Navy"), OptionDraft.ofItem("LUNE-OLD", "Ochre")));
        assertThat(saved.problems()).extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
        assertThat(saved.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Option A").contains("out of stock"))
                .anySatisfy(m -> assertThat(m).contains("Option B").contains("no longer in the catalog"));
    }

    @Test
    void refusesAnInvalidPollListingEveryProblemAndStoresNothing() {
        PollDraft bad = new PollDraft("  ", List.of(OptionDraft.ofItem("NOPE", "Sage"), OptionDraft.ofItem("LUNE-RUST", "sage"),
                OptionDraft.EMPTY), 48, List.of(), List.of("France"), null, null);
        assertThatThrownBy(() -> polls.create(bad)).isInstanceOfSatisfying(PollInvalidException.class, e -> {
            assertThat(e.problems()).extracting(Problem::field)
                    .contains("question", "option.0", "option.1", "option.2", "regions");
            assertThat(e.getMessage()).contains("no product NOPE").contains("like another option")
                    .contains("\"France\" is not a country code");
        });
        assertThat(polls.list()).isEmpty();
        assertThat(polls.validate(PollDraft.blank().withDurationHours(721))).extracting(Problem::field).contains("duration");
        assertThat(polls.validate(draft(OptionDraft.ofItem("LUNE-SAGE", "A")))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("2 to 4 options"));
    }

    @Test
    void draftsKeepWhateverWasTypedAndCanBeEditedUntilLive() {
        long id = polls.saveDraft(null, PollDraft.blank().withQuestion("Half a thought")).id();
        assertThat(polls.require(id).question()).isEqualTo("Half a thought");
        PollDraft finished = draft(OptionDraft.ofItem("LUNE-SAGE", "Sage"), OptionDraft.ofItem("LUNE-RUST", "Rust"))
                .withOptionAdded().withOption(2, OptionDraft.ofItem("LUNE-NAVY", "Navy"));
        PollService.Saved saved = polls.saveDraft(id, finished);
        assertThat(saved.problems()).singleElement().extracting(Problem::isError).isEqualTo(false);
        assertThat(polls.require(id).options()).hasSize(3);
        assertThat(polls.require(id).toDraft()).isEqualTo(finished);

        polls.schedule(id, Instant.parse("2026-12-01T09:00:00Z"));
        Poll scheduled = polls.require(id);
        assertThat(scheduled.status()).isEqualTo(PublishState.SCHEDULED);
        assertThat(scheduled.endsAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        polls.unschedule(id);
        assertThat(polls.require(id).status()).isEqualTo(PublishState.DRAFT);

        workspace.database().write(sql -> sql.update("UPDATE poll SET status = 'published' WHERE id = ?", id));
        assertThatThrownBy(() -> polls.saveDraft(id, finished)).isInstanceOf(VitrineException.class)
                .hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> polls.delete(id)).hasMessageContaining("has the audience's votes");

        long copy = polls.duplicate(id);
        assertThat(polls.require(copy).status()).isEqualTo(PublishState.DRAFT);
        assertThat(polls.require(copy).toDraft()).isEqualTo(finished);
        polls.delete(copy);
        assertThat(polls.list()).extracting(PollSummary::id).containsExactly(id);
    }

    @Test
    void aPollNeedsAnExistingCampaignAndABrandProfile() {
        PollDraft elsewhere = draft(OptionDraft.ofItem("LUNE-SAGE", "Sage"), OptionDraft.ofItem("LUNE-RUST", "Rust"))
                .withCampaignName("Spring Drop");
        assertThatThrownBy(() -> polls.create(elsewhere)).hasMessageContaining("no campaign called \"Spring Drop\"");
        assertThat(polls.create(elsewhere.withCampaignName("lumière lights")).id()).isPositive(); // names ignore case

        try (Workspace bare = Workspace.create(dir.resolve("bare.vitrine"), null)) {
            PollService none = PollFeature.of(bare).polls();
            assertThatThrownBy(() -> none.saveDraft(null, PollDraft.blank())).isInstanceOf(VitrineException.class)
                    .hasMessageContaining("no brand profile yet");
        }
    }

    @Test
    void schedulingNeedsAValidPoll() {
        long id = polls.saveDraft(null, PollDraft.blank()).id();
        assertThatThrownBy(() -> polls.schedule(id, Instant.now())).isInstanceOf(PollInvalidException.class)
                .hasMessageContaining("not scheduled").hasMessageContaining("Write the question");
        assertThat(polls.require(id).status()).isEqualTo(PublishState.DRAFT);
        assertThatThrownBy(() -> polls.require(999)).hasMessageContaining("no poll 999");
    }
}
