package io.vitrine.calendar.ui;

import io.vitrine.calendar.CalendarEntry;
import io.vitrine.ui.Icons;
import java.time.format.DateTimeFormatter;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import org.kordamp.ikonli.feather.Feather;

/** A post or poll on the calendar: time and title; dragged (or Alt+arrows) to reschedule when it may move. */
final class CalendarChip extends Label {
    static final String CALENDAR_ENTRY = "calendar-entry";
    static final DataFormat ENTRY = new DataFormat("application/x-vitrine-calendar-entry");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Moves an entry by whole days and hours (keyboard). */
    interface Nudge {
        void by(CalendarEntry entry, int days, int hours);
    }

    CalendarChip(CalendarEntry entry, java.time.ZonedDateTime local, boolean clash, Nudge nudge,
                 java.util.function.Consumer<CalendarEntry> opener) {
        super(TIME.format(local) + "  " + entry.title(), Icons.of("failed".equals(entry.status()) ? Feather.ALERT_TRIANGLE
                : entry.kind() == CalendarEntry.Kind.POLL ? Feather.BAR_CHART_2 : Feather.IMAGE));
        setId((entry.kind() == CalendarEntry.Kind.POLL ? "calendarPoll" : "calendarPost") + entry.id());
        getStyleClass().add(CALENDAR_ENTRY);
        setMaxWidth(Double.MAX_VALUE);
        setMinWidth(0);
        setFocusTraversable(true);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("published"), "published".equals(entry.status()));
        pseudoClassStateChanged(PseudoClass.getPseudoClass("poll"), entry.kind() == CalendarEntry.Kind.POLL);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("draft"), "draft".equals(entry.status()));
        // it did not go out: it must not look like one still waiting to
        pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), "failed".equals(entry.status()));
        pseudoClassStateChanged(PseudoClass.getPseudoClass("clash"), clash);
        setTooltip(new Tooltip((entry.kind() == CalendarEntry.Kind.POLL ? "Poll" : "Post") + " #" + entry.id() + " · "
                + entry.status() + "\n" + local.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm")) + " "
                + local.getZone().getId() + " (" + entry.at() + " UTC)\n" + entry.title()
                + (clash ? "\nAnother post of this brand goes out at the same minute." : "")));
        // double-click or Enter opens the post or poll in its own section
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                opener.accept(entry);
            }
        });
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                opener.accept(entry);
                e.consume();
            }
        });
        if (!entry.movable()) {
            return;
        }
        setOnDragDetected(e -> {
            var board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ENTRY, entry.kind().name() + ":" + entry.id());
            board.setContent(content);
            e.consume();
        });
        setOnMouseClicked(e -> requestFocus());
        setOnKeyPressed(e -> {
            if (!e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case LEFT -> nudge.by(entry, -1, 0);
                case RIGHT -> nudge.by(entry, 1, 0);
                case UP -> nudge.by(entry, 0, -1);
                case DOWN -> nudge.by(entry, 0, 1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
