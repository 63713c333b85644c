package io.vitrine.conversation;

import io.vitrine.catalog.CatalogService;
import io.vitrine.common.EventBus;
import io.vitrine.insights.ConversationFigures;
import io.vitrine.poll.PollRepository;
import io.vitrine.post.PostFeature;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The conversations feature over one workspace, wired once: the inbox service, keyword automations, and what the
 * sync engine uses (the comment store, the replies on their way out, attributed carts and purchases).
 */
public record ConversationFeature(ConversationService conversations, AutomationService automations,
                                  AutomationRepository automationRepository, CommentRepository comments, ReplyRepository replies,
                                  CommentOutcomeRepository outcomes, CommentExport export) {

    /** Over the lower roots of the workspace (the studio's and the CLI's {@code StudioFeatures}). */
    public static ConversationFeature of(Database database, EventBus events, PostFeature posts, PollRepository polls,
                                         Clock clock) {
        CatalogService catalog = posts.catalog();
        ProductFinder finder = new ProductFinder(catalog, posts.posts(), polls);
        CommentRepository comments = new CommentRepository(database);
        ReplyRepository replies = new ReplyRepository(database, comments);
        InboxRepository inbox = new InboxRepository(database, replies);
        AnswerAssistant assistant = new AnswerAssistant(finder, catalog);
        AutomationRepository automations = new AutomationRepository(database);
        ConversationService service = new ConversationService(inbox, replies, new StatsRepository(database), assistant,
                events, clock);
        return new ConversationFeature(service, new AutomationService(automations, new AutomationRules(catalog), finder,
                inbox, clock), automations, comments, replies, new CommentOutcomeRepository(), new CommentExport());
    }

    /** The figures the Insights screen shows, for its scope. */
    public ConversationFigures figures() {
        return conversations::figures;
    }

    /** Stand-alone, with lower features of its own (tests and the demo generator). */
    public static ConversationFeature of(Database database, EventBus events, Clock clock) {
        return of(database, events, PostFeature.of(database, clock), new PollRepository(database), clock);
    }

    public static ConversationFeature of(Database database) {
        return of(database, null, Clock.systemUTC());
    }
}
