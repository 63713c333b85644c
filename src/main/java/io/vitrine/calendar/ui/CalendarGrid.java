package io.vitrine.calendar.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.calendar.CalendarEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** Draws the month (6 weeks of days) or the week (days by hours) with entries that drop onto days and hours. */
final class CalendarGrid {
    static final String CALENDAR_DAY = "calendar-day";
    static final String CALENDAR_DAY_NUMBER = "calendar-day-number";
    static final String CALENDAR_GRID = "calendar-grid";
    static final String CALENDAR_HOUR = "calendar-hour";
    static final String CALENDAR_WEEKDAY = "calendar-weekday";
    private static final int MAX_PER_DAY = 4;
    private static final int FIRST_HOUR = 6;

    private final CalendarViewModel model;

    CalendarGrid(CalendarViewModel model) {
        this.model = model;
    }

    GridPane build() {
        GridPane grid = new GridPane();
        grid.setId("calendarGrid");
        grid.getStyleClass().add(CALENDAR_GRID);
        boolean week = model.modeProperty().get() == CalendarViewModel.Mode.WEEK;
        int offset = week ? 1 : 0;
        if (week) {
            ColumnConstraints hours = new ColumnConstraints();
            hours.setPercentWidth(5);
            grid.getColumnConstraints().add(hours);
        }
        LocalDate first = model.firstDay();
        for (int d = 0; d < 7; d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth((week ? 95.0 : 100.0) / 7);
            grid.getColumnConstraints().add(column);
            LocalDate day = first.plusDays(d);
            String name = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault());
            Label header = new Label(week ? name + " " + day.getDayOfMonth() : name);
            header.getStyleClass().add(CALENDAR_WEEKDAY);
            grid.add(header, d + offset, 0);
        }
        if (week) {
            buildWeek(grid, first);
        } else {
            buildMonth(grid, first);
        }
        return grid;
    }

    private void buildMonth(GridPane grid, LocalDate first) {
        for (int w = 0; w < 6; w++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(96);
            grid.getRowConstraints().add(row);
        }
        grid.getRowConstraints().add(0, new RowConstraints());
        LocalDate today = LocalDate.now(model.zoneProperty().get());
        for (int i = 0; i < model.days(); i++) {
            LocalDate day = first.plusDays(i);
            VBox cell = dayCell(day, null);
            Label number = new Label(Integer.toString(day.getDayOfMonth()));
            number.getStyleClass().add(CALENDAR_DAY_NUMBER);
            cell.getChildren().add(number);
            cell.pseudoClassStateChanged(PseudoClass.getPseudoClass("other-month"), day.getMonth() != model.anchorProperty().get().getMonth());
            cell.pseudoClassStateChanged(PseudoClass.getPseudoClass("today"), day.equals(today));
            List<CalendarEntry> onDay = entriesOn(day);
            onDay.stream().limit(MAX_PER_DAY).forEach(e -> cell.getChildren().add(chip(e)));
            if (onDay.size() > MAX_PER_DAY) {
                Label more = new Label("+" + (onDay.size() - MAX_PER_DAY) + " more (see the week)");
                more.getStyleClass().add(Styles.TEXT_MUTED);
                more.setOnMouseClicked(e -> {
                    model.anchorProperty().set(day);
                    model.modeProperty().set(CalendarViewModel.Mode.WEEK);
                });
                cell.getChildren().add(more);
            }
            grid.add(cell, i % 7, 1 + i / 7);
        }
    }

    private void buildWeek(GridPane grid, LocalDate first) {
        grid.getRowConstraints().add(new RowConstraints());
        for (int hour = FIRST_HOUR; hour < 24; hour++) {
            RowConstraints row = new RowConstraints();
            row.setMinHeight(34);
            grid.getRowConstraints().add(row);
            Label label = new Label(String.format("%02d:00", hour));
            label.getStyleClass().add(CALENDAR_HOUR);
            grid.add(label, 0, 1 + hour - FIRST_HOUR);
            for (int d = 0; d < 7; d++) {
                LocalDate day = first.plusDays(d);
                VBox cell = dayCell(day, LocalTime.of(hour, 0));
                cell.setId("calendarSlot" + day + "T" + String.format("%02d", hour));
                int h = hour;
                entriesOn(day).stream().filter(e -> Math.max(FIRST_HOUR, model.local(e).getHour()) == h)
                        .forEach(e -> cell.getChildren().add(chip(e)));
                grid.add(cell, d + 1, 1 + hour - FIRST_HOUR);
            }
        }
    }

    private VBox dayCell(LocalDate day, LocalTime hour) {
        VBox cell = new VBox();
        cell.setId(hour == null ? "calendarDay" + day : null);
        cell.getStyleClass().add(CALENDAR_DAY);
        cell.setMinWidth(0);
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CalendarChip.ENTRY)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        cell.setOnDragEntered(e -> cell.pseudoClassStateChanged(PseudoClass.getPseudoClass("drop-target"), true));
        cell.setOnDragExited(e -> cell.pseudoClassStateChanged(PseudoClass.getPseudoClass("drop-target"), false));
        cell.setOnDragDropped(e -> {
            Object key = e.getDragboard().getContent(CalendarChip.ENTRY);
            find(String.valueOf(key)).ifPresent(entry -> {
                LocalTime time = hour == null ? null : hour.withMinute(model.local(entry).getMinute());
                model.move(entry, day, time);
                e.setDropCompleted(true);
            });
            e.consume();
        });
        return cell;
    }

    private CalendarChip chip(CalendarEntry entry) {
        Set<CalendarEntry> clashes = model.clashesProperty().get();
        return new CalendarChip(entry, model.local(entry), clashes.contains(entry), (e, days, hours) -> {
            ZonedDateTime local = model.local(e).plusDays(days).plusHours(hours);
            model.move(e, local.toLocalDate(), local.toLocalTime());
        }, model::open);
    }

    private List<CalendarEntry> entriesOn(LocalDate day) {
        return model.entries().stream().filter(e -> model.local(e).toLocalDate().equals(day)).toList();
    }

    private Optional<CalendarEntry> find(String key) {
        return model.entries().stream().filter(e -> (e.kind().name() + ":" + e.id()).equals(key)).findFirst();
    }
}
