package io.vitrine.demo;

import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.AutomationRules;
import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentOutcomeRepository;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.workspace.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's inbox: the comments the audience wrote open it; the recent posts get questions about the products
 * they show (stock, colours, price, delivery; in English, French, German). Most questions older than six hours are
 * answered by the brand with the answer assistant's draft after minutes to hours, the newest still wait; askers who
 * were answered buy more often. The newest published post carries keyword automations. Runs after the engagement steps.
 */
final class DemoConversations implements DemoStep {
    private static final int RECENT_POSTS = 8;
    private static final List<String> NAMES = List.of("lea", "jonas", "camille", "mia", "noah", "ines", "lucas", "emma",
            "hugo", "sofia", "marta", "finn", "chloe", "leon", "alice", "oscar");
    private static final Map<String, List<String>> QUESTIONS = Map.of(
            "en", List.of("Is the {product} still in stock?", "Do you have the {product} in {colour}?", "How much is the {product}?",
                    "Do you ship to Belgium?", "Is this available in {colour}?", "Any {product} left?"),
            "fr", List.of("Vous l'avez en {colour} ?", "{product} : encore en stock ?", "C'est combien ?"),
            "de", List.of("Gibt es das in {colour}?", "{product} noch auf Lager?", "Was kostet das?"));
    private static final List<String> COLOURS = List.of("Sage", "Ochre", "Chalk", "Amber", "Navy", "Ink", "Rust");

    @Override
    public void fill(DemoContext context) {
        Database database = context.workspace().database();
        Random random = context.random();
        ConversationFeature feature = ConversationFeature.of(database, null, Clock.fixed(context.anchor(), ZoneOffset.UTC));
        List<Comment> comments = fromEvents(database, context.brandId(), random);
        comments.addAll(questions(database, context, random));
        store(feature, database, comments);
        answer(feature, database, context, random);
        automations(feature, database);
    }

    /** What the audience already wrote under posts and polls (comment events) opens the inbox. */
    private static List<Comment> fromEvents(Database database, long brandId, Random random) {
        return database.read(sql -> DemoConversationRepository.eventComments(sql, brandId,
                DemoConversationRepository.names(random, NAMES)));
    }

    private static List<Comment> questions(Database database, DemoContext context, Random random) {
        List<DemoConversationRepository.Shown> recent = database.read(sql ->
                DemoConversationRepository.recentTaggedPosts(sql, RECENT_POSTS));
        List<Comment> questions = new ArrayList<>();
        for (DemoConversationRepository.Shown post : recent) {
            List<String> titles = database.read(sql -> DemoConversationRepository.taggedTitles(sql, post.postId()));
            long span = Math.max(60, Duration.between(post.publishedAt(), context.anchor()).toSeconds());
            for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
                String language = List.of("en", "en", "en", "fr", "de").get(random.nextInt(5));
                String text = pick(random, QUESTIONS.get(language)).replace("{product}", product(pick(random, titles)))
                        .replace("{colour}", pick(random, COLOURS));
                Instant at = post.publishedAt().plusSeconds((long) (span * Math.pow(random.nextDouble(), 1.6)));
                Segment segment = DemoPollVotes.segment(random);
                questions.add(new Comment(String.format("demo-question-%d-%d", post.postId(), i), context.brandId(),
                        post.postId(), null, null, null, false, DemoConversationRepository.names(random, NAMES).get(), text,
                        language, false, null, at, segment, false));
            }
        }
        return questions;
    }

    /**
     * Most questions older than a few hours get the brand's answer (the assistant's draft) minutes to hours later;
     * askers who got one buy far more often, which the Insights figures show.
     */
    private static void answer(ConversationFeature feature, Database database, DemoContext context, Random random) {
        List<Comment> replies = new ArrayList<>();
        List<EngagementEvent> purchases = new ArrayList<>();
        List<CommentOutcomeRepository.Outcome> outcomes = new ArrayList<>();
        List<CommentThread> questions = feature.conversations().threads(InboxFilter.ALL.withShow(InboxFilter.Show.QUESTIONS)
                .withPage(5_000, 0));
        for (CommentThread thread : questions) {
            Comment q = thread.first();
            boolean old = q.occurredAt().isBefore(context.anchor().minus(Duration.ofHours(6)));
            AnswerDraft draft = feature.conversations().draft(q.id());
            boolean answered = old && draft.hasText() && random.nextDouble() < 0.75;
            if (answered) {
                long delay = (long) (240 + 3 * 3600 * Math.pow(random.nextDouble(), 2.5));
                replies.add(new Comment("demo-reply-" + q.id(), q.brandId(), q.postId(), q.pollId(), q.id(), null, true, null,
                        draft.text(), q.language(), false, null, q.occurredAt().plusSeconds(delay), Segment.UNKNOWN, false));
            }
            if (draft.itemId() != null && old && random.nextDouble() < (answered ? 0.35 : 0.08)) {
                long price = database.read(sql -> DemoConversationRepository.price(sql, draft.itemId()));
                Instant at = q.occurredAt().plus(Duration.ofHours(2));
                String id = "demo-talk-" + q.id();
                purchases.add(new EngagementEvent(id, EventType.PURCHASE, at, q.postId(), q.postId() == null ? q.pollId() : null,
                        null, draft.itemId(), price, "EUR", null, q.segment()));
                outcomes.add(new CommentOutcomeRepository.Outcome(id, q.id(), "purchase", draft.itemId(), price, "EUR", at));
            }
        }
        new EngagementRepository(database).store(purchases);
        store(feature, database, replies);
        database.write(sql -> {
            for (CommentOutcomeRepository.Outcome o : outcomes) {
                feature.outcomes().store(sql, o);
            }
            return null;
        });
    }

    /**
     * The newest post showing a lamp asks for "LAMP" in the comments and answers privately with the lamp's link;
     * "#cart" puts the lamp in the cart.
     */
    private static void automations(ConversationFeature feature, Database database) {
        database.read(DemoConversationRepository::newestLampPost).ifPresent(found ->
                feature.automations().saveForPost(Long.parseLong(found[0]), List.of(
                        AutomationRules.parse("LAMP:private_reply:" + found[1]),
                        AutomationRules.parse("#cart:add_to_cart:" + found[1]))));
    }

    private static void store(ConversationFeature feature, Database database, List<Comment> comments) {
        database.write(sql -> feature.comments().store(sql, comments, comments.stream().map(c -> (String) null).toList()));
    }

    private static String product(String title) {
        int dash = title.indexOf(" – ");
        return dash > 0 ? title.substring(0, dash) : title;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
