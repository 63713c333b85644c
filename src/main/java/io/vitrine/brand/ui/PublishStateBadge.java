package io.vitrine.brand.ui;

import io.vitrine.brand.PublishState;
import io.vitrine.ui.StyleClasses;
import javafx.scene.control.Label;

/** A post's or a poll's status as a coloured badge: the same words and colours in every list, editor and the calendar. */
public final class PublishStateBadge {
    private PublishStateBadge() {
    }

    public static void apply(Label label, PublishState status) {
        label.getStyleClass().removeAll(StyleClasses.BADGE_TINTS);
        if (!label.getStyleClass().contains(StyleClasses.BADGE)) {
            label.getStyleClass().add(StyleClasses.BADGE);
        }
        label.setText(status.label());
        label.getStyleClass().add(tint(status));
    }

    /** The style class for a status: scheduled and on its way are the accent, out is positive, failed negative. */
    public static String tint(PublishState status) {
        return switch (status) {
            case SCHEDULED, QUEUED -> StyleClasses.BADGE_ACCENT;
            case PUBLISHED -> StyleClasses.BADGE_POSITIVE;
            case FAILED -> StyleClasses.BADGE_NEGATIVE;
            case DRAFT, CLOSED, ARCHIVED -> StyleClasses.BADGE_NEUTRAL;
        };
    }
}
