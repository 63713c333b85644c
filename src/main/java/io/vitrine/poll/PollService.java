package io.vitrine.poll;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.BrandProfiles;
import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.PlannedItem;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.Rescheduling;
import io.vitrine.catalog.CatalogService;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageStore;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Creating and keeping polls: drafts save whatever state they are in (nothing typed is lost), while
 * creating a finished poll and scheduling one require a valid poll. Live polls are not edited — their
 * votes belong to the options the audience saw — but can be duplicated into a new draft.
 */
public final class PollService {
    private final Database database;
    private final PollRepository repository;
    private final PollValidator validator;
    private final BrandProfiles brands;
    private final CampaignService campaigns;
    private final ImageStore images;
    private final Clock clock;

    public PollService(Database database, PollRepository repository, BrandFeature brand, CatalogService catalog,
                       ImageStore images, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.campaigns = brand.campaigns();
        this.brands = brand.brands();
        this.images = images;
        this.validator = new PollValidator(catalog, name -> campaigns.findByName(name).isPresent());
        this.clock = clock;
    }

    /** A stored poll and what is worth knowing about it (warnings such as an out-of-stock option). */
    public record Saved(long id, List<Problem> problems) {
    }

    public List<Problem> validate(PollDraft draft) {
        return validator.check(draft);
    }

    /** Creates a poll ready to schedule, for the workspace's brand; refuses (listing every error) when it is not. */
    public Saved create(PollDraft draft) {
        return create(draft, null);
    }

    /** As {@link #create(PollDraft)}, for the brand with {@code brandHandle} when the workspace has several. */
    public Saved create(PollDraft draft, String brandHandle) {
        return create(draft, brandHandle, List.of());
    }

    /**
     * As {@link #create(PollDraft, String)}, with the pictures of its custom options, checked but not yet stored.
     * Everything is checked first and the pictures are stored in the poll's own transaction, so a refused poll
     * (an invalid option, an unknown brand or campaign) leaves the workspace as it was.
     */
    public Saved create(PollDraft draft, String brandHandle, List<ImageStore.CheckedImage> pictures) {
        List<Problem> problems = validator.check(draft);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new PollInvalidException("The poll was not created", problems);
        }
        long brandId = brand(brandHandle).id();
        long id = database.write(sql -> {
            pictures.forEach(images::put); // before the options that refer to them
            return repository.insert(draft, brandId, clock.instant());
        });
        return new Saved(id, problems);
    }

    /** Saves a draft as it is (new when {@code id} is null); problems are returned, not thrown. */
    public Saved saveDraft(Long id, PollDraft draft) {
        checkStorable(draft);
        List<Problem> problems = validator.check(draft);
        if (id == null) {
            return new Saved(repository.insert(draft, brand(null).id(), clock.instant()), problems);
        }
        Poll existing = require(id);
        if (!existing.status().beforePublication()) {
            throw new VitrineException("This poll is " + existing.status().code() + "; its question and options can no longer change.",
                    "Duplicate it to make a new version.");
        }
        repository.update(id, draft, clock.instant());
        return new Saved(id, problems);
    }

    /** A new draft with the same question, options and settings. */
    public long duplicate(long id) {
        Poll original = require(id);
        return repository.insert(original.toDraft(), original.brandId(), clock.instant());
    }

    /** Queues a valid poll for publication at {@code at} (now or later); the sync engine publishes it. */
    public void schedule(long id, Instant at) {
        Poll poll = require(id);
        if (!poll.status().beforePublication()) {
            throw new VitrineException("This poll is already " + poll.status().code() + ".", "Duplicate it to run it again.");
        }
        List<Problem> problems = validator.check(poll.toDraft());
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new PollInvalidException("The poll was not scheduled", problems);
        }
        repository.setStatus(id, PublishState.SCHEDULED, at, clock.instant());
    }

    /** Moves a poll that has not gone out to a new time (the calendar's drag). */
    public void reschedule(long id, Instant at) {
        Rescheduling.check("poll", require(id).status(), at, clock.instant());
        if (!repository.reschedule(id, at, clock.instant())) {
            throw new VitrineException("Poll " + id + " cannot be moved any more.", "It may have been published meanwhile; refresh.");
        }
    }

    /** How many polls (archived ones included) belong to a campaign. */
    public long countInCampaign(long campaignId) {
        return repository.countInCampaign(campaignId);
    }

    /** Polls going (or gone) out in [from, to), archived ones left out, for a plan such as the calendar. */
    public List<PlannedItem> planned(Instant from, Instant to) {
        return repository.planned(from, to);
    }

    /** Back to draft: unschedules a poll that has not gone out. */
    public void unschedule(long id) {
        Poll poll = require(id);
        if (poll.status() != PublishState.SCHEDULED && poll.status() != PublishState.FAILED) {
            throw new VitrineException("Only a scheduled poll can be unscheduled; this one is " + poll.status().code() + ".", "");
        }
        repository.setStatus(id, PublishState.DRAFT, null, clock.instant());
    }

    /** Deletes a poll that never went out; live polls keep their votes. */
    public void delete(long id) {
        Poll poll = require(id);
        if (!poll.status().beforePublication()) {
            throw new VitrineException("This poll is " + poll.status().code() + " and has the audience's votes.",
                    "Live polls are kept with their results.");
        }
        repository.delete(id);
    }

    public List<PollSummary> list() {
        return repository.list();
    }

    public Poll require(long id) {
        return repository.find(id).orElseThrow(() -> new VitrineException("There is no poll " + id + " in this workspace.",
                "List the polls with: studio poll list -w WORKSPACE"));
    }

    /** How the platform will show who asked: "@maisonlumiere". */
    public String brandHandle() {
        return brands.list().stream().findFirst().map(b -> "@" + b.handle()).orElse("@yourbrand");
    }

    /**
     * The time zone a poll is planned in, as the composer plans posts: its brand's (the workspace's brand for a new
     * poll); this computer's only when the workspace has no brand yet.
     */
    public ZoneId planningZone(Long pollId) {
        Optional<BrandProfile> brand = pollId == null ? brands.list().stream().findFirst() : brands.find(require(pollId).brandId());
        return brand.map(BrandProfile::timeZone).orElse(ZoneId.systemDefault());
    }

    public List<String> campaignNames() {
        return campaigns.list().stream().map(Campaign::name).toList();
    }

    /** The brand that asks: the one named, else the workspace's (the first, when there are several). */
    private BrandProfile brand(String handle) {
        if (handle != null && !handle.isBlank()) {
            return brands.choose(handle);
        }
        List<BrandProfile> all = brands.list();
        return all.isEmpty() ? brands.choose(null) : all.get(0); // choose(null) explains how to add one
    }

    /** What even a draft must respect to be stored at all (the workspace enforces the same). */
    private static void checkStorable(PollDraft draft) {
        if (draft.options().size() > PollLimits.MAX_OPTIONS) {
            throw new VitrineException("A poll has at most 4 options.", "Remove an option.");
        }
        if (draft.durationHours() < PollLimits.MIN_DURATION_HOURS || draft.durationHours() > PollLimits.MAX_DURATION_HOURS) {
            throw new VitrineException("A poll runs between 1 hour and 30 days, not " + draft.durationHours() + " hours.",
                    "Choose a duration in that range.");
        }
    }
}
