package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.StoredItem;
import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.AutomationRules;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationFixtures;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.conversation.OutgoingReply;
import io.vitrine.conversation.ReplyState;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostService;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations through the sync engine against the real simulator: comments in, replies out once, rules, brands. */
class ConversationSyncIT {
    @TempDir
    Path dir;
    PlatformSimulator sim;
    ConversationFixtures fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.workspace.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void questionsArriveAndTheirDraftsNameTheVariantAndTheCatalogsStock() throws Exception {
        start(Faults.NONE, false);
        syncClean();
        Thread.sleep(4000); // four simulated hours of audience
        SyncReport report = syncClean();
        assertThat(report.commentsPulled()).isPositive();
        ConversationFeature feature = feature();
        List<CommentThread> questions = feature.conversations().threads(InboxFilter.ALL.withShow(InboxFilter.Show.QUESTIONS));
        assertThat(questions).hasSizeGreaterThan(3);
        CatalogService catalog = new CatalogService(fixture.workspace.database());
        int drafted = 0;
        for (CommentThread q : questions) {
            AnswerDraft draft = feature.conversations().draft(q.first().id());
            if (!draft.hasText() || draft.itemId() == null) {
                continue;
            }
            drafted++;
            StoredItem item = catalog.item(draft.itemId()).orElseThrow();
            Integer stock = item.item().stockQuantity();
            if (stock != null && draft.asked().stream().noneMatch(a -> a.code().equals("price") || a.code().equals("delivery"))) {
                assertThat(draft.text()).as(q.first().text()).contains(stock.toString());
            }
            assertThat(draft.text()).as("never a count the catalog does not have").doesNotContain("(0 left)");
        }
        assertThat(drafted).isPositive();
    }

    @Test
    void aReplyReachesThePlatformExactlyOnceUnderHeavyFaults() throws Exception {
        start(Faults.HEAVY, false);
        syncClean();
        Thread.sleep(4000);
        syncClean();
        ConversationFeature feature = feature();
        List<CommentThread> threads = feature.conversations().threads(InboxFilter.ALL);
        int replies = Math.min(8, threads.size());
        assertThat(replies).isGreaterThan(2);
        for (int i = 0; i < replies; i++) {
            feature.conversations().reply(threads.get(i).first().id(), "Thanks for writing #" + i, i % 2 == 1, false);
        }
        for (int round = 0; round < 6; round++) {
            sync();
        }
        SyncReport last = syncClean();
        assertThat(last.errors()).isEmpty();
        assertThat(count("SELECT count(*) FROM comment_reply WHERE state = 'sent'")).isEqualTo(replies);
        assertThat(count("SELECT count(*) FROM sync_outbox")).isZero();
        Map<String, Long> truth = sim.truth().conversations().get("b_1");
        assertThat(truth.get("replies") + truth.get("private_replies")).as("once each, however often retried").isEqualTo(replies);
        assertThat(count("SELECT count(*) FROM comment WHERE author = 'brand' AND automation_rule IS NULL"))
                .as("each reply once in its thread").isEqualTo(replies);
        assertThat(feature.conversations().thread(threads.get(0).first().id()).orElseThrow().answeredAt()).isNotNull();
    }

    @Test
    void thePlatformsRulesRefuseARepliesClearlyAndTheReplyShowsWhy() throws Exception {
        start(Faults.NONE, false);
        syncClean();
        Thread.sleep(3000);
        syncClean();
        ConversationFeature feature = feature();
        String id = feature.conversations().threads(InboxFilter.ALL).get(0).first().id();
        OutgoingReply first = feature.conversations().reply(id, "Sent privately", true, false);
        // a second private reply from another studio (say a colleague's), which this one could not know about
        fixture.workspace.database().write(sql -> sql.update("INSERT INTO comment_reply (comment_id, brand_id, text,"
                + " is_private, idempotency_key, state, created_at) VALUES (?, ?, 'Me too', 1, 'colleague-key', 'queued', ?)",
                id, fixture.brandId, Instant.now()));
        SyncReport report = sync();
        assertThat(report.repliesSent()).isEqualTo(1);
        assertThat(report.errors()).singleElement().asString().contains("already has its private reply");
        assertThat(feature.replies().find(first.id()).orElseThrow().state()).isEqualTo(ReplyState.SENT);
        OutgoingReply refused = feature.conversations().thread(id).orElseThrow().outgoing().stream()
                .filter(r -> r.state() == ReplyState.FAILED).findFirst().orElseThrow();
        assertThat(refused.error()).contains("already has its private reply").contains("Answer publicly instead");
        assertThat(count("SELECT count(*) FROM sync_outbox")).as("a refusal is not retried").isZero();
    }

    @Test
    void automationsGoOutWithThePostAndFireOnlyOnMatchingComments() throws Exception {
        start(Faults.LIGHT, true);
        syncClean();
        List<Publication> remote = client().publications().publications();
        assertThat(remote.stream().filter(p -> p.post() != null)).singleElement()
                .satisfies(p -> assertThat(p.post().automations()).hasSize(2));
        Thread.sleep(6000);
        syncClean();
        List<Map<String, Object>> automated = fixture.workspace.database().read(sql -> sql.list(
                "SELECT r.text AS reply, c.text AS comment FROM comment r JOIN comment c ON c.id = r.parent_id"
                        + " WHERE r.automation_rule = 0", row -> Map.<String, Object>of("comment", row.getString("comment"))));
        assertThat(automated).isNotEmpty().allSatisfy(row ->
                assertThat(AutomationRules.parse("LAMP:private_reply").matches((String) row.get("comment"))).isTrue());
        long matching = fixture.workspace.database().read(sql -> sql.list("SELECT text FROM comment WHERE author = 'audience'"
                + " AND parent_id IS NULL", row -> row.getString(1))).stream()
                .filter(AutomationRules.parse("LAMP:private_reply")::matches).count();
        assertThat((long) automated.size()).isEqualTo(matching);
        feature().conversations().readNewComments();
        List<String> carted = fixture.workspace.database().read(sql -> sql.list("SELECT c.text FROM comment_outcome o"
                + " JOIN comment c ON c.id = o.comment_id WHERE o.type = 'add_to_cart' AND c.is_question = 0",
                row -> row.getString(1)));
        assertThat(carted).as("carts the automation made, attributed to the comment").isNotEmpty()
                .allMatch(AutomationRules.parse("#cart:add_to_cart")::matches);
    }

    @Test
    void anotherBrandsTokenNeitherReadsNorAnswersThisBrandsComments() throws Exception {
        start(Faults.NONE, false);
        syncClean();
        Thread.sleep(3000);
        syncClean();
        String id = feature().conversations().threads(InboxFilter.ALL).get(0).first().id();

        try (Workspace other = PostFixtures.workspace(dir.resolve("other.vitrine"))) {
            PlatformConnection connection = new PlatformConnection(URI.create(sim.url()), sim.brands().get(1).token());
            SyncEngine engine = SyncEngine.of(other.database(), null, SyncAgainstSimulatorIT.QUICK, Clock.systemUTC());
            PlatformClient client = new PlatformClient(connection, SyncAgainstSimulatorIT.QUICK, Sleeper.REAL);
            // linked on purpose to the other brand's account (the studio asks before linking different handles)
            SyncReport first = engine.run(client, connection, "Maison Lumière");
            assertThat(first.errors()).isEmpty();
            assertThat(first.commentsPulled()).as("none of brand 1's comments").isZero();
            long brand = PostFixtures.brandId(other);
            other.database().write(sql -> {
                sql.update("INSERT INTO comment (id, brand_id, thread_id, author, text, occurred_at) VALUES (?, ?, ?, 'audience',"
                        + " 'copied', ?)", id, brand, id, Instant.now());
                sql.update("INSERT INTO comment_reply (comment_id, brand_id, text, idempotency_key, state, created_at)"
                        + " VALUES (?, ?, 'Not yours', 'k-other', 'queued', ?)", id, brand, Instant.now());
                return null;
            });
            SyncReport report = engine.run(client, connection, null);
            assertThat(report.repliesSent()).isZero();
            assertThat(report.errors()).singleElement().asString().contains("HTTP 404");
        }
        assertThat(sim.truth().conversations().get("b_1")).containsEntry("replies", 0L).containsEntry("private_replies", 0L);
    }

    // --- helpers -------------------------------------------------------------------------------

    private void start(Faults faults, boolean automations) throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withFaults(faults));
        fixture = ConversationFixtures.create(dir);
        Instant soon = Instant.now().plusSeconds(5);
        PostService posts = new PostService(fixture.workspace.database(), new CatalogService(fixture.workspace.database()));
        posts.schedule(posts.require(fixture.postId), soon, PostFixtures.PARIS);
        PollFeature.of(fixture.workspace).polls().schedule(fixture.pollId, soon);
        if (automations) {
            feature().automations().saveForPost(fixture.postId, List.of(AutomationRules.parse("LAMP:private_reply"),
                    AutomationRules.parse("#cart:add_to_cart")));
            feature().automations().saveForPoll(fixture.pollId, List.of(AutomationRules.parse("#cart:add_to_cart")));
        }
    }

    private ConversationFeature feature() {
        return ConversationFeature.of(fixture.workspace.database());
    }

    private PlatformClient client() {
        return new PlatformClient(connection(), SyncAgainstSimulatorIT.QUICK, Sleeper.REAL);
    }

    private PlatformConnection connection() {
        return new PlatformConnection(URI.create(sim.url()), sim.brands().get(0).token());
    }

    private SyncReport sync() {
        return SyncEngine.of(fixture.workspace.database(), null, SyncAgainstSimulatorIT.QUICK, Clock.systemUTC())
                .run(client(), connection());
    }

    private SyncReport syncClean() {
        SyncReport report = sync();
        for (int i = 0; i < 20 && !report.ok(); i++) {
            report = sync();
        }
        assertThat(report.errors()).isEmpty();
        return report;
    }

    private long count(String query) {
        return fixture.workspace.database().read(sql -> sql.scalar(query));
    }
}
