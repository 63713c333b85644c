package io.vitrine.poll.ui;

import io.vitrine.poll.PollStatus;
import javafx.scene.control.Label;

/** A poll's status as a coloured badge, the same in the list and the builder. */
final class PollStatusBadge {
    private PollStatusBadge() {
    }

    static void apply(Label label, PollStatus status) {
        label.setText(status.code());
        label.getStyleClass().setAll("label", "badge", switch (status) {
            case PUBLISHED -> "badge-positive";
            case SCHEDULED, QUEUED -> "badge-warning";
            case FAILED -> "badge-negative";
            default -> "badge-neutral";
        });
    }
}
