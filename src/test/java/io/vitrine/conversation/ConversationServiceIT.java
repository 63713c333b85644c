package io.vitrine.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.brand.KeywordAutomations;
import io.vitrine.common.VitrineException;
import io.vitrine.insights.ConversationStats;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.poll.AudienceSegment;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox on a real workspace: threads, filters, search, done, assignees, reply rules, export, figures, automations. */
class ConversationServiceIT {
    static final Instant T = ConversationFixtures.NOW;

    @TempDir
    Path dir;
    ConversationFixtures fixture;
    ConversationFeature feature;
    ConversationService inbox;

    @BeforeEach
    void open() throws Exception {
        fixture = ConversationFixtures.create(dir);
        feature = ConversationFeature.of(fixture.workspace.database(), null, Clock.fixed(T, ZoneOffset.UTC));
        inbox = feature.conversations();
        Comment question = fixture.onPost("q1", "Is the Lune lamp in stock?", "en", T.minus(Duration.ofHours(5)));
        Comment crème = fixture.onPost("q2", "La crème de la crème, c'est combien ?", "fr", T.minus(Duration.ofHours(3)));
        Comment remark = fixture.onPoll("r1", "=HYPERLINK(\"http://evil\",\"click\") love it", "en", T.minus(Duration.ofHours(2)));
        Comment old = fixture.onPost("q3", "Still available?", "en", T.minus(Duration.ofDays(9)));
        fixture.store(question, crème, remark, old,
                fixture.reply("a1", question, "Yes, 12 left!", false, null, T.minus(Duration.ofHours(4))),
                fixture.reply("a2", old, "Here you go", false, 0, T.minus(Duration.ofDays(9)).plusSeconds(15)));
    }

    @AfterEach
    void close() {
        fixture.workspace.close();
    }

    @Test
    void threadsAreNewestFirstWithTheirRepliesAndTheAssistantsReading() {
        List<CommentThread> all = inbox.threads(InboxFilter.ALL);
        assertThat(all).extracting(t -> t.first().id()).containsExactly("r1", "q2", "q1", "q3");
        CommentThread q1 = all.get(2);
        assertThat(q1.replies()).extracting(Comment::id).containsExactly("a1");
        assertThat(q1.question()).isTrue();
        assertThat(q1.itemId()).isEqualTo("LUNE-SAGE");
        assertThat(q1.status()).isEqualTo(ThreadStatus.ANSWERED);
        assertThat(q1.answeredAt()).isEqualTo(T.minus(Duration.ofHours(4)));
        assertThat(all.get(0).question()).isFalse();
        assertThat(all.get(0).status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(inbox.unansweredCount()).isEqualTo(1);
        assertThat(inbox.threads(InboxFilter.ALL.withShow(InboxFilter.Show.UNANSWERED))).extracting(t -> t.first().id())
                .containsExactly("q2");
    }

    @Test
    void filtersAndAccentInsensitiveSearch() {
        assertThat(ids(InboxFilter.ALL.withSearch("creme"))).containsExactly("q2");
        assertThat(ids(InboxFilter.ALL.withSearch("12 left"))).as("a reply's words find its thread").containsExactly("q1");
        assertThat(ids(InboxFilter.ALL.withSearch("\"; DROP TABLE comment; --"))).isEmpty();
        assertThat(ids(InboxFilter.ALL.withPublication(null, fixture.pollId))).containsExactly("r1");
        assertThat(ids(InboxFilter.ALL.withProduct("LUNE-TL"))).contains("q1");
        assertThat(ids(InboxFilter.ALL.withSegment(new AudienceSegment(SegmentDimension.REGION, "DE")))).containsExactly("r1");
        assertThat(ids(InboxFilter.ALL.withPeriod(T.minus(Duration.ofHours(4)), T))).containsExactly("r1", "q2");
        assertThat(ids(InboxFilter.ALL.withShow(InboxFilter.Show.ANSWERED))).containsExactly("q1", "q3");
        assertThat(inbox.count(InboxFilter.ALL.withShow(InboxFilter.Show.QUESTIONS))).isEqualTo(3);
    }

    @Test
    void doneAndAssigneeAreTheInboxsOwn() {
        inbox.markDone("q2");
        assertThat(inbox.unansweredCount()).isZero();
        assertThat(ids(InboxFilter.ALL.withShow(InboxFilter.Show.DONE))).containsExactly("q2");
        inbox.reopen("q2");
        assertThat(inbox.unansweredCount()).isEqualTo(1);
        inbox.assign("q2", " Camille ");
        assertThat(ids(InboxFilter.ALL.withAssignee("Camille"))).containsExactly("q2");
        assertThat(inbox.assignees()).containsExactly("Camille");
        assertThatThrownBy(() -> inbox.markDone("nope")).isInstanceOf(VitrineException.class).hasMessageContaining("no comment nope");
    }

    @Test
    void repliesAreQueuedWithTheirKeyAndThePlatformsRulesRefuseClearly() {
        OutgoingReply reply = inbox.reply("q2", "  89 € ", false, false);
        assertThat(reply.state()).isEqualTo(ReplyState.QUEUED);
        assertThat(reply.text()).isEqualTo("89 €");
        assertThat(reply.idempotencyKey()).isNotBlank();
        assertThat(inbox.thread("q2").orElseThrow().status()).isEqualTo(ThreadStatus.SENDING);
        assertThat(inbox.unansweredCount()).as("an answer on its way is not unanswered").isZero();
        assertThat(feature.replies().queued(fixture.brandId)).extracting(OutgoingReply::id).containsExactly(reply.id());

        assertThat(inbox.reply("q2", "Sent privately", true, false).isPrivate()).isTrue();
        assertThatThrownBy(() -> inbox.reply("q2", "Again", true, false)).isInstanceOf(VitrineException.class)
                .hasMessageContaining("already has its private reply");
        assertThatThrownBy(() -> inbox.reply("q3", "Late", true, false)).isInstanceOf(VitrineException.class)
                .hasMessageContaining("more than 7 days ago");
        assertThatThrownBy(() -> inbox.reply("a1", "To myself", true, false)).hasMessageContaining("brand's own reply");
        assertThatThrownBy(() -> inbox.reply("q1", " ", false, false)).hasMessageContaining("needs some text");
        assertThatThrownBy(() -> inbox.reply("q1", "x".repeat(1001), false, false)).hasMessageContaining("at most 1,000");
        assertThat(inbox.reply("q3", "Sorry for the wait", false, false).state()).as("public is fine late").isEqualTo(ReplyState.QUEUED);
    }

    @Test
    void exportNeutralisesFormulasInCsvAndXlsx() throws Exception {
        List<CommentThread> threads = inbox.threads(InboxFilter.ALL);
        CommentExport.Result csv = feature.export().write(threads, dir.resolve("comments.csv"));
        assertThat(csv.rows()).isEqualTo(6);
        String text = Files.readString(csv.file(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFthread,comment,parent,").contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\") love it\"")
                .contains("La crème de la crème");

        CommentExport.Result xlsx = feature.export().write(threads, dir.resolve("comments.xlsx"));
        try (InputStream in = Files.newInputStream(xlsx.file()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row first = book.getSheet("Comments").getRow(1);
            Cell cell = first.getCell(CommentExport.COLUMNS.indexOf("text"));
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.getSheet("Comments").getLastRowNum()).isEqualTo(6);
        }
        assertThatThrownBy(() -> feature.export().write(threads, dir.resolve("comments.pdf")))
                .hasMessageContaining("Cannot tell");
    }

    @Test
    void figuresCountQuestionsResponseTimesAndRevenueByAnswer() {
        fixture.workspace.database().write(sql -> {
            feature.outcomes().store(sql, new CommentOutcomeRepository.Outcome("e9", "q1", "purchase", "LUNE-SAGE", 71_200_000L, "EUR", T));
            feature.outcomes().store(sql, new CommentOutcomeRepository.Outcome("e9", "q1", "purchase", "LUNE-SAGE", 71_200_000L, "EUR", T));
            feature.outcomes().store(sql, new CommentOutcomeRepository.Outcome("e10", "q2", "purchase", "CUSH-LINEN", 29_000_000L, "EUR", T));
            feature.outcomes().store(sql, new CommentOutcomeRepository.Outcome("e11", "q3", "purchase", "LUNE-SAGE", 71_200_000L, "EUR", T));
            return null;
        });
        ConversationStats stats = inbox.stats(null, null);
        assertThat(stats.threads()).isEqualTo(4);
        assertThat(stats.questions()).isEqualTo(3);
        assertThat(stats.answered()).isEqualTo(2);
        assertThat(stats.answeredRate()).isEqualTo(2 / 3.0);
        assertThat(stats.medianResponseSeconds()).isEqualTo(15);
        assertThat(stats.p90ResponseSeconds()).isEqualTo(3600);
        assertThat(stats.answeredByAutomation()).isEqualTo(1);
        assertThat(stats.revenueCurrency()).isEqualTo("EUR");
        assertThat(stats.revenueAnsweredMicros()).as("an event stored twice counts once").isEqualTo(2 * 71_200_000L);
        assertThat(stats.automationPurchases()).as("q3 was answered by an automation").isEqualTo(1);
        assertThat(stats.revenueAutomationMicros()).isEqualTo(71_200_000L);
        assertThat(stats.revenueUnansweredMicros()).isEqualTo(29_000_000L);
        assertThat(stats.buyersAnswered()).isEqualTo(2);
        assertThat(inbox.stats(fixture.postId, null).questions()).isEqualTo(3);
        assertThat(inbox.stats(null, fixture.pollId).questions()).isZero();
    }

    @Test
    void automationsAreCheckedSavedAndPreviewedOnExistingComments() {
        AutomationService automations = feature.automations();
        List<AutomationRule> saved = automations.saveForPost(fixture.postId, List.of(AutomationRules.parse("LUNE,lamp:private_reply"),
                AutomationRules.parse("#cart:add_to_cart:CUSH-LINEN")));
        assertThat(saved.get(0).text()).isEqualTo("Here is the Lune Table Lamp in Sage, €71.20: https://shop.example/lune?v=sage");
        assertThat(automations.ofPost(fixture.postId)).isEqualTo(saved);

        KeywordAutomations.Preview preview = automations.preview(saved.get(0), KeywordAutomations.Owner.POST, fixture.postId);
        assertThat(preview.checked()).isEqualTo(3);
        assertThat(preview.scope()).isEqualTo("this post's comments");
        assertThat(preview.matches()).extracting(KeywordAutomations.Match::commentId).containsExactly("q1");
        assertThat(preview.matches().get(0).keyword()).isEqualTo("LUNE");
        assertThat(automations.preview(new AutomationRule(List.of("love"), AutomationAction.PUBLIC_REPLY, "Thanks!", null),
                KeywordAutomations.Owner.POST, null).matches()).extracting(KeywordAutomations.Match::commentId)
                .containsExactly("r1");

        assertThatThrownBy(() -> automations.saveForPost(fixture.postId, List.of(AutomationRules.parse("x:add_to_cart:NOPE"))))
                .hasMessageContaining("NOPE, which is not in the catalog");
        assertThat(automations.ofPost(fixture.postId)).as("a refused change keeps the rules").hasSize(2);
        assertThatThrownBy(() -> AutomationRules.parse("LAMP:dm")).hasMessageContaining("not an automation action");
        assertThatThrownBy(() -> AutomationRules.parse("LAMP")).hasMessageContaining("is not an automation");
        assertThat(AutomationRules.parse("a|b:public_reply::Thanks: see DM").text()).isEqualTo("Thanks: see DM");
    }

    private List<String> ids(InboxFilter filter) {
        return inbox.threads(filter).stream().map(t -> t.first().id()).toList();
    }
}
