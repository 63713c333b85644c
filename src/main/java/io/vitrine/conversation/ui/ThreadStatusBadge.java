package io.vitrine.conversation.ui;

import io.vitrine.conversation.ThreadStatus;
import io.vitrine.ui.StyleClasses;
import javafx.scene.control.Label;

/** How a thread stands, as a badge: the same words and colours in the list and the open thread. */
final class ThreadStatusBadge {
    private ThreadStatusBadge() {
    }

    static void apply(Label label, ThreadStatus status) {
        label.getStyleClass().removeAll(StyleClasses.BADGE_TINTS);
        if (!label.getStyleClass().contains(StyleClasses.BADGE)) {
            label.getStyleClass().add(StyleClasses.BADGE);
        }
        label.setText(text(status));
        label.getStyleClass().add(switch (status) {
            case UNANSWERED -> StyleClasses.BADGE_WARNING;
            case SENDING -> StyleClasses.BADGE_ACCENT;
            case FAILED -> StyleClasses.BADGE_NEGATIVE;
            case ANSWERED -> StyleClasses.BADGE_POSITIVE;
            case DONE, OPEN -> StyleClasses.BADGE_NEUTRAL;
        });
    }

    static String text(ThreadStatus status) {
        return switch (status) {
            case UNANSWERED -> "Unanswered";
            case SENDING -> "Sending";
            case FAILED -> "Not sent";
            case ANSWERED -> "Answered";
            case DONE -> "Done";
            case OPEN -> "Comment";
        };
    }
}
