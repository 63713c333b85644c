package io.vitrine.conversation;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vitrine.common.Json;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The keyword rules of each post and poll, in order. They belong to the publication's content: saving them moves
 * the post's (poll's) updated time, and the sync engine sends them with it, so a change reaches the platform.
 */
public final class AutomationRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database database;

    public AutomationRepository(Database database) {
        this.database = database;
    }

    public List<AutomationRule> ofPost(long postId) {
        return database.read(sql -> ofPost(sql, postId));
    }

    public List<AutomationRule> ofPoll(long pollId) {
        return database.read(sql -> ofPoll(sql, pollId));
    }

    public List<AutomationRule> ofPost(Sql sql, long postId) throws SQLException {
        return sql.list("SELECT keywords, action, text, item_id FROM publication_automation WHERE post_id = ?"
                + " ORDER BY position", AutomationRepository::rule, postId);
    }

    public List<AutomationRule> ofPoll(Sql sql, long pollId) throws SQLException {
        return sql.list("SELECT keywords, action, text, item_id FROM publication_automation WHERE poll_id = ?"
                + " ORDER BY position", AutomationRepository::rule, pollId);
    }

    /** Replaces a post's rules (checked by {@link AutomationRules} first), in one transaction with the caller's. */
    void replaceForPost(long postId, List<AutomationRule> rules, String now) {
        database.write(sql -> {
            sql.update("DELETE FROM publication_automation WHERE post_id = ?", postId);
            insert(sql, "post_id", postId, rules);
            sql.update("UPDATE post SET updated_at = ? WHERE id = ?", now, postId);
            return null;
        });
    }

    void replaceForPoll(long pollId, List<AutomationRule> rules, String now) {
        database.write(sql -> {
            sql.update("DELETE FROM publication_automation WHERE poll_id = ?", pollId);
            insert(sql, "poll_id", pollId, rules);
            sql.update("UPDATE poll SET updated_at = ? WHERE id = ?", now, pollId);
            return null;
        });
    }

    /** {@code column} is post_id or poll_id, a constant of this class. */
    private static void insert(Sql sql, String column, long id, List<AutomationRule> rules) throws SQLException {
        for (int i = 0; i < rules.size(); i++) {
            AutomationRule rule = rules.get(i);
            sql.update("INSERT INTO publication_automation (" + column + ", position, keywords, action, text, item_id)"
                    + " VALUES (?,?,?,?,?,?)", id, i, Json.write(rule.keywords()), rule.action().code(), rule.text(),
                    rule.itemId());
        }
    }

    private static AutomationRule rule(ResultSet row) throws SQLException {
        try {
            List<String> keywords = Json.mapper().readValue(row.getString("keywords"), STRINGS);
            return new AutomationRule(keywords, AutomationAction.parse(row.getString("action")).orElseThrow(),
                    row.getString("text"), row.getString("item_id"));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable automation keywords: " + row.getString("keywords"), e);
        }
    }
}
