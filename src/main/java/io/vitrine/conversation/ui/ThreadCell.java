package io.vitrine.conversation.ui;

import io.vitrine.common.Formats;
import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentThread;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A thread in the inbox's list: who asked what, when and where, how it stands, and its latest reply. */
final class ThreadCell extends ListCell<CommentThread> {
    private final Label author = new Label();
    private final Label meta = new Label();
    private final Label status = new Label();
    private final Label text = new Label();
    private final Label latest = new Label();
    private final VBox box;

    ThreadCell() {
        author.getStyleClass().add("inbox-thread-author");
        author.setMinWidth(Region.USE_PREF_SIZE); // the date and the place shorten first
        meta.getStyleClass().add("inbox-thread-meta");
        meta.setMinWidth(0);
        text.setWrapText(true);
        latest.getStyleClass().add("inbox-thread-reply");
        latest.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, author, meta, spacer, status);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, top, text, latest);
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(CommentThread thread, boolean empty) {
        super.updateItem(thread, empty);
        if (empty || thread == null) {
            setGraphic(null);
            return;
        }
        Comment first = thread.first();
        author.setText(first.authorName() == null ? "Someone" : first.authorName());
        meta.setText(Formats.dateTime(first.occurredAt(), ZoneId.systemDefault()) + " · " + where(thread));
        ThreadStatusBadge.apply(status, thread.status());
        text.setText(first.text());
        int replies = thread.replies().size();
        latest.setVisible(replies > 0);
        latest.setManaged(replies > 0);
        if (replies > 0) {
            Comment last = thread.replies().get(replies - 1);
            latest.setText("↳ " + (last.byBrand() ? "You" : last.authorName()) + (last.isPrivate() ? " (private)" : "")
                    + ": " + last.text() + (replies > 1 ? "  · " + replies + " replies" : ""));
        }
        setGraphic(box);
    }

    static String where(CommentThread thread) {
        Comment first = thread.first();
        String kind = first.postId() != null ? "Post " + first.postId() : "Poll " + first.pollId();
        String label = thread.publication() == null ? "" : thread.publication().strip();
        return label.isEmpty() ? kind : kind + " “" + (label.length() > 40 ? label.substring(0, 39) + "…" : label) + "”";
    }
}
