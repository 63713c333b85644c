package io.vitrine.cli;

import io.vitrine.common.Formats;
import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.OutgoingReply;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;

/** How {@code comments list} and {@code comments draft} read in a terminal. */
final class CommentsText {
    private CommentsText() {
    }

    static void threads(PrintWriter out, List<CommentThread> threads, long total) {
        for (CommentThread t : threads) {
            Comment c = t.first();
            String where = c.postId() != null ? "post " + c.postId() : "poll " + c.pollId();
            out.printf("%-12s %-11s %s  %s  %s%s%n", c.id(), t.status().code(), when(c), where,
                    c.authorName() == null ? "" : c.authorName() + ": ", c.text());
            for (Comment reply : t.replies()) {
                out.printf("    ↳ %s %s%s: %s%n", reply.id(), reply.byBrand() ? "brand" : reply.authorName(),
                        reply.isPrivate() ? " (private)" : "", reply.text());
            }
            for (OutgoingReply r : t.outgoing()) {
                if (r.state() != io.vitrine.conversation.ReplyState.SENT) {
                    out.printf("    ↳ reply %d %s%s: %s%s%n", r.id(), r.state().code(), r.isPrivate() ? " (private)" : "",
                            r.text(), r.error() == null ? "" : " — " + r.error());
                }
            }
        }
        out.printf("%s of %s thread(s)%n", Formats.count(threads.size()), Formats.count(total));
    }

    static void draft(PrintWriter out, AnswerDraft draft) {
        out.println(draft.hasText() ? draft.text() : "(no draft)");
        for (AnswerDraft.Match m : draft.matched()) {
            out.printf("  matched %s: %s (%s)%n", m.what(), m.value(), m.why());
        }
        for (String missing : draft.missing()) {
            out.printf("  not found: %s%n", missing);
        }
        out.flush();
    }

    private static String when(Comment c) {
        return c.occurredAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
