package io.vitrine.poll.ui;

import io.vitrine.brand.ui.PublishStateBadge;
import io.vitrine.common.Formats;
import io.vitrine.poll.PollSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A poll in the list: its question, a status badge, votes and campaign. */
final class PollCell extends ListCell<PollSummary> {
    static final String POLL_CELL_BOX = "poll-cell-box";
    static final String POLL_CELL_DETAIL = "poll-cell-detail";
    static final String POLL_CELL_QUESTION = "poll-cell-question";
    private final Label question = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final VBox box;

    PollCell() {
        question.getStyleClass().add(POLL_CELL_QUESTION);
        question.setWrapText(true);
        question.setMinWidth(0);
        question.prefWidthProperty().bind(widthProperty().subtract(20));
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.getStyleClass().add(POLL_CELL_DETAIL);
        HBox line = new HBox(6, status, detail);
        line.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, question, line);
        box.getStyleClass().add(POLL_CELL_BOX);
        box.setMinWidth(0);
        setMinWidth(0);
    }

    @Override
    protected void updateItem(PollSummary poll, boolean empty) {
        super.updateItem(poll, empty);
        if (empty || poll == null) {
            setGraphic(null);
            return;
        }
        question.setText(poll.question().isBlank() ? "Untitled poll" : poll.question());
        setTooltip(new javafx.scene.control.Tooltip(question.getText()));
        PublishStateBadge.apply(status, poll.status());
        detail.setText(Formats.count(poll.votes()) + " votes · " + poll.options() + " options"
                + (poll.campaign() == null ? "" : " · " + poll.campaign())
                + (poll.syncError() == null ? "" : " · " + poll.syncError()));
        setGraphic(box);
    }
}
