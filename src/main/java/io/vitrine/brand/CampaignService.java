package io.vitrine.brand;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Campaigns: list, create, edit, delete (posts and polls keep existing, without a campaign). */
public final class CampaignService {
    private final Database database;
    private final CampaignRepository repository = new CampaignRepository();

    public CampaignService(Database database) {
        this.database = database;
    }

    public List<Campaign> list() {
        return database.read(repository::list);
    }

    public Optional<Campaign> find(long id) {
        return database.read(sql -> repository.find(sql, id));
    }

    public Optional<Campaign> findByName(String name) {
        return database.read(sql -> repository.findByName(sql, name.strip()));
    }

    /** The campaign by name, with a clear error listing the campaigns there are. */
    public Campaign require(String name) {
        return findByName(name).orElseThrow(() -> {
            List<String> names = list().stream().map(Campaign::name).toList();
            return new VitrineException("There is no campaign called \"" + name + "\".", (names.isEmpty()
                    ? "This workspace has no campaigns yet." : "Campaigns here: " + String.join(", ", names) + ".")
                    + " Create it first: Posts ▸ More ▸ Campaigns, or ./studio post campaign add -w W --name NAME.");
        });
    }

    /** Creates or updates; returns the stored campaign. */
    public Campaign save(Campaign campaign) {
        validate(campaign);
        return database.write(sql -> {
            if (repository.nameTaken(sql, campaign.name(), campaign.id())) {
                throw new VitrineException("A campaign called \"" + campaign.name() + "\" already exists.", "Choose another name.");
            }
            if (campaign.id() == null) {
                long id = repository.insert(sql, campaign, Instant.now());
                return new Campaign(id, campaign.name(), campaign.startsOn(), campaign.endsOn(), campaign.goal(), campaign.budgetNote());
            }
            repository.update(sql, campaign);
            return campaign;
        });
    }

    /**
     * Deletes a campaign; its posts and polls stay, without a campaign. The workspace does the rest in the
     * same transaction: the foreign keys clear {@code campaign_id} and a trigger (V4) moves their
     * {@code updated_at}, so neither posts nor polls need to be reached from here.
     */
    public void delete(long id) {
        database.write(sql -> {
            repository.delete(sql, id);
            return null;
        });
    }

    static void validate(Campaign campaign) {
        if (campaign.name().isEmpty()) {
            throw new VitrineException("A campaign needs a name.", "Type a name, e.g. \"Autumn Nest\".");
        }
        if (campaign.name().length() > 120) {
            throw new VitrineException("The campaign name is longer than 120 characters.", "Shorten it.");
        }
        if (campaign.startsOn() != null && campaign.endsOn() != null && campaign.endsOn().isBefore(campaign.startsOn())) {
            throw new VitrineException("The campaign ends (" + campaign.endsOn() + ") before it starts (" + campaign.startsOn() + ").",
                    "Swap the dates or correct one of them.");
        }
    }
}
