package io.vitrine.poll.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollComment;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A comment: what was written, then when and by whom (segment). */
final class CommentCell extends ListCell<PollComment> {
    static final String COMMENT_META = "comment-meta";
    static final String COMMENT_TEXT = "comment-text";
    private final Label text = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, text, meta);

    CommentCell() {
        text.getStyleClass().add(COMMENT_TEXT);
        text.setWrapText(true);
        meta.getStyleClass().add(COMMENT_META);
        box.setMaxWidth(760);
    }

    @Override
    protected void updateItem(PollComment comment, boolean empty) {
        super.updateItem(comment, empty);
        if (empty || comment == null) {
            setGraphic(null);
            return;
        }
        text.setText(comment.text());
        List<String> parts = new ArrayList<>();
        parts.add(Formats.dateTime(comment.occurredAt(), ZoneId.systemDefault()));
        Segment s = comment.segment();
        if (s.region() != null) {
            parts.add(s.region());
        }
        if (s.ageBand() != null) {
            parts.add(s.ageBand());
        }
        if (s.interest() != null) {
            parts.add(s.interest());
        }
        if (s.returning() != null) {
            parts.add(s.returning() ? "returning" : "new");
        }
        meta.setText(String.join(" · ", parts));
        setGraphic(box);
    }
}
