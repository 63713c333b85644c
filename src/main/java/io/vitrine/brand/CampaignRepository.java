package io.vitrine.brand;

import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The campaign table; names are matched ignoring case, as everywhere a person types one. */
final class CampaignRepository {
    private static final String COLUMNS = "id, name, starts_on, ends_on, goal, budget_note";

    List<Campaign> list(Sql sql) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM campaign ORDER BY coalesce(starts_on, created_at), name",
                CampaignRepository::campaign);
    }

    Optional<Campaign> find(Sql sql, long id) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignRepository::campaign, id);
    }

    Optional<Campaign> findByName(Sql sql, String name) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM campaign WHERE name = ? COLLATE NOCASE", CampaignRepository::campaign, name);
    }

    /** Another campaign (not {@code exceptId}) already has this name. */
    boolean nameTaken(Sql sql, String name, Long exceptId) throws SQLException {
        return sql.scalar("SELECT count(*) FROM campaign WHERE name = ? COLLATE NOCASE AND id IS NOT ?", name, exceptId) > 0;
    }

    long insert(Sql sql, Campaign campaign, Instant now) throws SQLException {
        return sql.insert("INSERT INTO campaign(name, starts_on, ends_on, goal, budget_note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                campaign.name(), text(campaign.startsOn()), text(campaign.endsOn()), blankToNull(campaign.goal()),
                blankToNull(campaign.budgetNote()), now);
    }

    void update(Sql sql, Campaign campaign) throws SQLException {
        sql.update("UPDATE campaign SET name = ?, starts_on = ?, ends_on = ?, goal = ?, budget_note = ? WHERE id = ?",
                campaign.name(), text(campaign.startsOn()), text(campaign.endsOn()), blankToNull(campaign.goal()),
                blankToNull(campaign.budgetNote()), campaign.id());
    }

    void delete(Sql sql, long id) throws SQLException {
        sql.update("DELETE FROM campaign WHERE id = ?", id);
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
