package io.vitrine.conversation.ui;

import io.vitrine.common.Formats;
import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.OutgoingReply;
import io.vitrine.conversation.ReplyState;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The open thread as a conversation: the first comment, then each reply (the brand's tinted, private ones marked),
 * indented under what it answers, then the replies written here that are not on the platform yet.
 */
final class ThreadBubbles {
    private ThreadBubbles() {
    }

    static List<Node> of(CommentThread thread) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(bubble(thread.first(), 0));
        for (Comment reply : thread.replies()) {
            nodes.add(bubble(reply, reply.parentId() != null && reply.parentId().equals(thread.first().id()) ? 1 : 2));
        }
        for (OutgoingReply out : thread.outgoing()) {
            if (out.state() != ReplyState.SENT) {
                nodes.add(outgoing(out));
            }
        }
        return nodes;
    }

    private static Node bubble(Comment c, int depth) {
        String who = c.byBrand() ? (c.automationRule() != null ? "You (automation " + (c.automationRule() + 1) + ")" : "You")
                : c.authorName() == null ? "Someone" : c.authorName();
        String meta = who + " · " + Formats.dateTime(c.occurredAt(), ZoneId.systemDefault())
                + (c.isPrivate() ? " · private message" : "") + (c.hidden() ? " · hidden" : "")
                + (c.language() != null ? " · " + c.language() : "");
        VBox box = box(meta, c.text());
        if (c.byBrand()) {
            box.getStyleClass().add("inbox-bubble-brand");
        }
        if (c.isPrivate()) {
            box.getStyleClass().add("inbox-bubble-private");
        }
        VBox.setMargin(box, new Insets(0, 0, 0, depth * 24));
        return box;
    }

    private static Node outgoing(OutgoingReply r) {
        String state = r.state() == ReplyState.QUEUED ? "waiting to be sent with the next sync"
                : "not sent: " + r.error();
        VBox box = box("You" + (r.isPrivate() ? " · private message" : "") + " · " + state, r.text());
        box.getStyleClass().add("inbox-bubble-outgoing");
        VBox.setMargin(box, new Insets(0, 0, 0, 24));
        return box;
    }

    private static VBox box(String meta, String text) {
        Label head = new Label(meta);
        head.getStyleClass().add("inbox-thread-meta");
        head.setWrapText(true);
        Label body = new Label(text);
        body.setWrapText(true);
        VBox box = new VBox(3, head, body);
        box.getStyleClass().add("inbox-bubble");
        return box;
    }
}
