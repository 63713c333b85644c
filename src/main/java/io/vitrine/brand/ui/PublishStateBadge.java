package io.vitrine.brand.ui;

import io.vitrine.brand.PublishState;
import javafx.scene.control.Label;

/** A post's or a poll's status as a coloured badge: the same words and colours in every list, editor and the calendar. */
public final class PublishStateBadge {
    public static final String BADGE = "badge";
    private static final String[] TINTS = {"badge-positive", "badge-warning", "badge-negative", "badge-neutral", "badge-accent"};

    private PublishStateBadge() {
    }

    public static void apply(Label label, PublishState status) {
        label.getStyleClass().removeAll(TINTS);
        if (!label.getStyleClass().contains(BADGE)) {
            label.getStyleClass().add(BADGE);
        }
        label.setText(status.label());
        label.getStyleClass().add(tint(status));
    }

    /** The style class for a status: scheduled and on its way are the accent, out is positive, failed negative. */
    public static String tint(PublishState status) {
        return switch (status) {
            case SCHEDULED, QUEUED -> "badge-accent";
            case PUBLISHED -> "badge-positive";
            case FAILED -> "badge-negative";
            case DRAFT, CLOSED, ARCHIVED -> "badge-neutral";
        };
    }
}
