package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.CommentExport;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationService;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.conversation.OutgoingReply;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio comments list|reply|draft|done|assign|export|stats}: the inbox, headless. */
@Command(mixinStandardHelpOptions = true, name = "comments", description = {"Every comment under the posts and polls:",
        "list and search them, answer (the reply goes out with the next sync), export, and read the figures."},
        subcommands = {CommentsCommand.ListComments.class, CommentsCommand.Reply.class, CommentsCommand.Draft.class,
                CommentsCommand.Done.class, CommentsCommand.Assign.class, CommentsCommand.Export.class,
                CommentStatsCommand.class})
final class CommentsCommand {

    @Command(mixinStandardHelpOptions = true, name = "list", description = "List threads, newest first, with their replies.")
    static final class ListComments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        InboxFilterOptions filter;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ConversationService inbox = ws.features().conversations().conversations();
                var threads = inbox.threads(filter.filter());
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled()) {
                    json.write(threads.stream().map(CommentsJson::thread).toList());
                } else {
                    CommentsText.threads(out, threads, inbox.count(filter.filter()));
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "reply", description = {"Answer a comment: queue a reply that the next",
            "sync sends (once, however often it is retried). --draft sends the answer assistant's draft."})
    static final class Reply implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "COMMENT_ID", description = "The comment to answer (an id from 'comments list').")
        String commentId;
        @Mixin
        WorkspaceOption workspace;
        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;
        @Option(names = "--private", description = "A private message to the commenter (one per comment, within 7 days).")
        boolean isPrivate;
        @Mixin
        JsonOption json;

        /** --text or --draft. */
        static final class What {
            @Option(names = "--text", paramLabel = "TEXT", description = "The reply, 1 to 1,000 characters.")
            String text;
            @Option(names = "--draft", description = "Send what the answer assistant drafts from the catalog.")
            boolean draft;
        }

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ConversationService inbox = ws.features().conversations().conversations();
                AnswerDraft draft = what.draft ? inbox.draft(commentId) : null;
                if (draft != null && !draft.hasText()) {
                    throw new VitrineException("The assistant could not draft an answer to " + commentId + ": it found no "
                            + String.join("; no ", draft.missing()) + ".", "Write the reply yourself with --text.");
                }
                OutgoingReply reply = inbox.reply(commentId, draft != null ? draft.text() : what.text, isPrivate, draft != null);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled()) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("reply", CommentsJson.outgoing(reply));
                    result.put("draft", draft == null ? null : CommentsJson.draft(draft));
                    json.write(result);
                } else {
                    if (draft != null) {
                        CommentsText.draft(spec.commandLine().getErr(), draft);
                    }
                    out.println(reply.id());
                    spec.commandLine().getErr().printf("Queued %s reply %d to %s; it goes out with the next sync.%n",
                            reply.isPrivate() ? "private" : "public", reply.id(), commentId);
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "draft", description = "Show the answer assistant's draft and what it matched, without sending.")
    static final class Draft implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "COMMENT_ID")
        String commentId;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                AnswerDraft draft = ws.features().conversations().conversations().draft(commentId);
                if (json.enabled()) {
                    json.write(CommentsJson.draft(draft));
                } else {
                    CommentsText.draft(spec.commandLine().getOut(), draft);
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "done", description = "Mark a thread done (it leaves the unanswered count); --undo reopens it.")
    static final class Done implements Callable<Integer> {
        @Parameters(paramLabel = "COMMENT_ID")
        String commentId;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--undo", description = "Reopen the thread.")
        boolean undo;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ConversationService inbox = ws.features().conversations().conversations();
                if (undo) {
                    inbox.reopen(commentId);
                } else {
                    inbox.markDone(commentId);
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "assign", description = "Assign a thread to a person of the brand (--to \"\" unassigns).")
    static final class Assign implements Callable<Integer> {
        @Parameters(paramLabel = "COMMENT_ID")
        String commentId;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--to", required = true, paramLabel = "NAME", description = "Who answers it.")
        String person;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ws.features().conversations().conversations().assign(commentId, person);
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "export", description = {"Write the threads (filtered like 'list') to .xlsx or .csv,",
            "one row per comment. Text that looks like a formula is written as text."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "comments.xlsx or comments.csv")
        Path output;
        @Mixin
        InboxFilterOptions filter;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ConversationFeature feature = ws.features().conversations();
                InboxFilter all = filter.filter().withPage(InboxFilter.DEFAULT_LIMIT, 0);
                java.util.List<CommentThread> threads = new java.util.ArrayList<>();
                for (int offset = 0; ; offset += 5_000) {
                    var page = feature.conversations().threads(all.withPage(5_000, offset));
                    threads.addAll(page);
                    if (page.size() < 5_000) {
                        break;
                    }
                }
                CommentExport.Result result = feature.export().write(threads, output);
                if (json.enabled()) {
                    json.write(result);
                } else {
                    spec.commandLine().getOut().printf("Wrote %s: %d threads, %d rows%n", result.file(), result.threads(),
                            result.rows());
                }
            }
            return 0;
        }
    }
}
