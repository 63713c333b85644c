package io.vitrine.conversation;

import io.vitrine.insights.ConversationStats;
import io.vitrine.workspace.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The figures of {@link ConversationStats}, counted from the comments, the replies and the attributed purchases. */
final class StatsRepository {
    private static final String QUESTIONS = "FROM comment c WHERE c.parent_id IS NULL AND c.is_question = 1"
            + " AND (c.post_id IS NOT NULL OR c.poll_id IS NOT NULL)";

    private final Database database;

    StatsRepository(Database database) {
        this.database = database;
    }

    /** Figures for one post, one poll, one campaign's posts and polls, threads started in [since, until) (each optional). */
    ConversationStats stats(Long postId, Long pollId, Long campaignId, Instant since, Instant until) {
        StringBuilder clause = new StringBuilder();
        List<Object> values = new ArrayList<>();
        if (postId != null) {
            clause.append(" AND c.post_id = ?");
            values.add(postId);
        }
        if (pollId != null) {
            clause.append(" AND c.poll_id = ?");
            values.add(pollId);
        }
        if (campaignId != null) {
            clause.append(" AND (c.post_id IN (SELECT id FROM post WHERE campaign_id = ?)"
                    + " OR c.poll_id IN (SELECT id FROM poll WHERE campaign_id = ?))");
            values.add(campaignId);
            values.add(campaignId);
        }
        if (since != null) {
            clause.append(" AND c.occurred_at >= ?");
            values.add(since.toString());
        }
        if (until != null) {
            clause.append(" AND c.occurred_at < ?");
            values.add(until.toString());
        }
        String scope = clause.toString();
        Object[] params = values.toArray();
        return database.read(sql -> {
            long threads = sql.scalar("SELECT count(*) FROM comment c WHERE c.parent_id IS NULL"
                    + " AND (c.post_id IS NOT NULL OR c.poll_id IS NOT NULL)" + scope, params);
            long questions = sql.scalar("SELECT count(*) " + QUESTIONS + scope, params);
            List<Long> seconds = new ArrayList<>();
            sql.forEach("SELECT max(0, CAST(round((julianday(c.answered_at) - julianday(c.occurred_at)) * 86400) AS INTEGER))"
                    + " " + QUESTIONS + " AND c.answered_at IS NOT NULL" + scope + " ORDER BY 1", row -> seconds.add(row.getLong(1)),
                    params);
            long byAutomation = sql.scalar("SELECT count(*) " + QUESTIONS + " AND c.answered_at IS NOT NULL" + scope
                    + " AND (SELECT automation_rule FROM comment a WHERE a.thread_id = c.id AND a.author = 'brand'"
                    + " ORDER BY a.occurred_at LIMIT 1) IS NOT NULL", params);
            String replies = "SELECT count(*) FROM comment_reply r JOIN comment c ON c.id = r.comment_id WHERE r.state = ?" + scope;
            long sent = sql.scalar(replies, with("sent", params));
            long queued = sql.scalar(replies, with("queued", params));
            long failed = sql.scalar(replies, with("failed", params));
            long drafts = sql.scalar(replies + " AND r.from_draft = 1", with("sent", params));
            long carts = sql.scalar("SELECT count(*) FROM comment_outcome o JOIN comment c ON c.id = o.comment_id"
                    + " WHERE o.type = 'add_to_cart' AND c.is_question IS NOT 1" + scope, params);
            String currency = sql.text("SELECT o.currency FROM comment_outcome o JOIN comment c ON c.id = o.comment_id"
                    + " WHERE o.type = 'purchase'" + scope + " GROUP BY o.currency ORDER BY count(*) DESC LIMIT 1", params)
                    .orElse(null);
            long[] revenue = {0, 0};
            sql.forEach("SELECT t.answered_at IS NOT NULL, sum(o.amount_micros) FROM comment_outcome o"
                    + " JOIN comment c ON c.id = o.comment_id JOIN comment t ON t.id = c.thread_id"
                    + " WHERE o.type = 'purchase' AND o.currency IS ?" + scope.replace("c.", "t.") + " GROUP BY 1", row -> {
                        revenue[row.getInt(1) == 1 ? 0 : 1] = row.getLong(2);
                    }, with(currency, params));
            // after an automation: a keyword comment (its cart) or a question an automation answered first
            String afterAutomation = " FROM comment_outcome o JOIN comment c ON c.id = o.comment_id JOIN comment t"
                    + " ON t.id = c.thread_id WHERE o.type = 'purchase' AND o.currency IS ? AND (t.is_question IS NOT 1"
                    + " OR (SELECT automation_rule FROM comment a WHERE a.thread_id = t.id AND a.author = 'brand'"
                    + " ORDER BY a.occurred_at LIMIT 1) IS NOT NULL)" + scope.replace("c.", "t.");
            long automationPurchases = sql.scalar("SELECT count(*)" + afterAutomation, with(currency, params));
            long automationRevenue = sql.scalar("SELECT coalesce(sum(o.amount_micros), 0)" + afterAutomation, with(currency, params));
            long buyersAnswered = sql.scalar("SELECT count(*) " + QUESTIONS + " AND c.answered_at IS NOT NULL" + scope
                    + " AND EXISTS (SELECT 1 FROM comment_outcome o WHERE o.comment_id = c.id AND o.type = 'purchase')", params);
            long buyersUnanswered = sql.scalar("SELECT count(*) " + QUESTIONS + " AND c.answered_at IS NULL" + scope
                    + " AND EXISTS (SELECT 1 FROM comment_outcome o WHERE o.comment_id = c.id AND o.type = 'purchase')", params);
            long answered = seconds.size();
            return new ConversationStats(threads, questions, answered, questions - answered,
                    questions == 0 ? 0 : answered / (double) questions, percentile(seconds, 50), percentile(seconds, 90),
                    byAutomation, sent, queued, failed, drafts, carts, automationPurchases, currency, revenue[0], revenue[1],
                    automationRevenue, buyersAnswered, buyersUnanswered);
        });
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Object[] with(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
