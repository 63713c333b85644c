package io.vitrine.conversation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.conversation.Comment;
import io.vitrine.conversation.ConversationFixtures;
import io.vitrine.conversation.ConversationsChanged;
import io.vitrine.conversation.CommentThread;
import io.vitrine.ui.FxWait;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.ViewFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A brand manager answers a shopper's question from the real Inbox: finds it among the unanswered ones, lets the
 * answer assistant draft the reply from the catalog, edits it and sends it; the thread shows it on its way out.
 */
class InboxViewTest extends FxRobot {
    @TempDir
    Path dir;
    ConversationFixtures workspace;
    final ViewFixture fixture = new ViewFixture();

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        workspace.workspace.close();
    }

    @Test
    void answersAQuestionFromTheInbox() throws Exception {
        workspace = ConversationFixtures.create(dir);
        Instant now = Instant.now();
        Comment answered = workspace.onPost("q0", "Is the cushion washable?", "en", now.minus(Duration.ofHours(5)));
        workspace.store(answered, workspace.reply("a0", answered, "Yes, at 30°.", false, null, now.minus(Duration.ofHours(4))),
                workspace.onPoll("r1", "The rust one, obviously", "en", now.minus(Duration.ofHours(2))),
                workspace.onPost("q1", "Do you have the Lune lamp in amber?", "en", now.minus(Duration.ofHours(1))));
        List<ConversationsChanged> events = new ArrayList<>();
        fixture.events.subscribe(ConversationsChanged.class, events::add);
        InboxView view = fixture.show(workspace.workspace, InboxView::new, 1280, 800);
        ListView<CommentThread> threads = lookup("#threadList").queryListView();
        FxWait.until(() -> threads.getItems().size() == 3);
        assertThat(lookup("#figuresLabel").queryAs(Label.class).getText()).startsWith("50% of 2 questions answered");

        interact(view::showUnanswered);
        FxWait.until(() -> threads.getItems().size() == 1);
        clickOn("Do you have the Lune lamp in amber?");
        FxWait.until(() -> lookup("#detailPane").query().isVisible());
        clickOn("#draftButton");
        TextArea reply = lookup("#replyArea").queryAs(TextArea.class);
        FxWait.until(() -> reply.getText().contains("Sage is in stock (12 left)"));
        assertThat(reply.getText()).startsWith("The Lune Table Lamp in Amber is sold out right now");
        assertThat(lookup("Drafted from the catalog — check it, edit it, then send.").tryQuery()).isPresent();
        assertThat(lookup(".inbox-explanation").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        Snapshots.save(reply, "inbox-draft");

        clickOn("#replyArea").push(KeyCode.CONTROL, KeyCode.END).write(" Thank you!"); // the person edits the draft
        clickOn("#sendButton");
        FxWait.until(() -> lookup("#replyNote").queryAs(Label.class).getText().startsWith("Reply queued"));
        assertThat(events).anyMatch(ConversationsChanged::repliesQueued);
        List<String> queued = workspace.workspace.database().read(sql -> sql.list("SELECT text || '|' || from_draft || '|'"
                + " || state FROM comment_reply WHERE comment_id = 'q1'", row -> row.getString(1)));
        assertThat(queued).singleElement().asString().endsWith(" Thank you!|1|queued")
                .startsWith("The Lune Table Lamp in Amber is sold out");
        FxWait.until(() -> lookup("#threadStatus").queryAs(Label.class).getText().equals("Sending"));
        assertThat(lookup(".inbox-bubble-outgoing").tryQuery()).as("the reply shows on its way out").isPresent();
        Snapshots.save(reply, "inbox-sent");
    }
}
