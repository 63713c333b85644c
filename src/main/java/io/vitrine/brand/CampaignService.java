package io.vitrine.brand;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Campaigns: list, create, edit, delete (posts and polls keep existing, without a campaign). */
public final class CampaignService {
    private static final String COLUMNS = "id, name, starts_on, ends_on, goal, budget_note";
    private final Database database;

    public CampaignService(Database database) {
        this.database = database;
    }

    public List<Campaign> list() {
        return database.read(sql -> sql.list("SELECT " + COLUMNS + " FROM campaign ORDER BY coalesce(starts_on, created_at), name",
                CampaignService::campaign));
    }

    public Optional<Campaign> find(long id) {
        return database.read(sql -> sql.one("SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignService::campaign, id));
    }

    public Optional<Campaign> findByName(String name) {
        return database.read(sql -> sql.one("SELECT " + COLUMNS + " FROM campaign WHERE name = ? COLLATE NOCASE",
                CampaignService::campaign, name.strip()));
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
            boolean taken = sql.scalar("SELECT count(*) FROM campaign WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
                    campaign.name(), campaign.id()) > 0;
            if (taken) {
                throw new VitrineException("A campaign called \"" + campaign.name() + "\" already exists.", "Choose another name.");
            }
            if (campaign.id() == null) {
                long id = sql.insert("INSERT INTO campaign(name, starts_on, ends_on, goal, budget_note, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", campaign.name(), text(campaign.startsOn()), text(campaign.endsOn()),
                        blankToNull(campaign.goal()), blankToNull(campaign.budgetNote()), Instant.now());
                return new Campaign(id, campaign.name(), campaign.startsOn(), campaign.endsOn(), campaign.goal(), campaign.budgetNote());
            }
            sql.update("UPDATE campaign SET name = ?, starts_on = ?, ends_on = ?, goal = ?, budget_note = ? WHERE id = ?",
                    campaign.name(), text(campaign.startsOn()), text(campaign.endsOn()), blankToNull(campaign.goal()),
                    blankToNull(campaign.budgetNote()), campaign.id());
            return campaign;
        });
    }

    /**
     * Deletes a campaign; its posts and polls stay, without a campaign. The workspace does the rest in the
     * same transaction: the foreign keys clear {@code campaign_id} and a trigger (V4) moves their
     * {@code updated_at}, so neither posts nor polls need to be reached from here.
     */
    public void delete(long id) {
        database.write(sql -> sql.update("DELETE FROM campaign WHERE id = ?", id));
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

    private static Campaign campaign(ResultSet row) throws SQLException {
        return new Campaign(row.getLong(1), row.getString(2), date(row.getString(3)), date(row.getString(4)),
                row.getString(5), row.getString(6));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
