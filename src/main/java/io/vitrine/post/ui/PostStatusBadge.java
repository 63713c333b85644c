package io.vitrine.post.ui;

import io.vitrine.post.PostStatus;
import javafx.scene.control.Label;

/** A post's status as a coloured badge, the same in the list, the composer and the calendar. */
final class PostStatusBadge {
    private PostStatusBadge() {
    }

    static void apply(Label label, PostStatus status) {
        label.getStyleClass().removeAll("badge-positive", "badge-warning", "badge-negative", "badge-neutral", "badge-accent");
        if (!label.getStyleClass().contains("badge")) {
            label.getStyleClass().add("badge");
        }
        label.setText(status.label());
        label.getStyleClass().add(switch (status) {
            case SCHEDULED, QUEUED -> "badge-accent";
            case PUBLISHED -> "badge-positive";
            case FAILED -> "badge-negative";
            case DRAFT, ARCHIVED -> "badge-neutral";
        });
    }
}
