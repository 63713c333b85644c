package io.vitrine.calendar.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.calendar.CalendarEntry;
import io.vitrine.calendar.CalendarFeature;
import io.vitrine.calendar.CalendarService;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.VitrineException;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.OpenItem;
import io.vitrine.ui.TaskExecutor;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar's state: month or week, which one, the time zone times are shown in (always said),
 * the posts and polls in view, the clashes among them, and moving an entry to another day or hour.
 */
public final class CalendarViewModel {
    public enum Mode { MONTH, WEEK }

    private final CalendarFeature feature;
    private final TaskExecutor tasks;
    private final EventBus events;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Set<CalendarEntry>> clashes = new SimpleObjectProperty<>(Set.of());
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty clashText = new SimpleStringProperty("");
    private final LatestResult loads = new LatestResult();
    private boolean zoneChosen;

    public CalendarViewModel(CalendarFeature feature, TaskExecutor tasks, EventBus events) {
        this.feature = feature;
        this.tasks = tasks;
        this.events = events;
        mode.addListener((obs, old, now) -> reload());
        anchor.addListener((obs, old, now) -> reload());
        zone.addListener((obs, old, now) -> {
            zoneChosen = true;
            reload();
        });
    }

    /** Loads the brand's time zone (first time) and the entries in view. */
    public void reload() {
        LatestResult.Request mine = loads.next();
        LocalDate first = firstDay();
        LocalDate last = first.plusDays(days());
        ZoneId shownIn = zone.get();
        title.set(describePeriod(first));
        tasks.submitQuietly(progress -> new Loaded(feature.brands().list(), feature.calendar().between(
                first.atStartOfDay(shownIn).toInstant(), last.atStartOfDay(shownIn).toInstant())), mine.deliver(loaded -> {
                    if (!zoneChosen && !loaded.brands().isEmpty() && !loaded.brands().get(0).timeZone().equals(zone.get())) {
                        ZoneId brandZone = loaded.brands().get(0).timeZone();
                        if (anchor.get().equals(LocalDate.now(zone.get()))) {
                            anchor.set(LocalDate.now(brandZone)); // "today" where the brand is
                        }
                        zone.set(brandZone); // reloads in the brand's zone
                        return;
                    }
                    entries.setAll(loaded.entries());
                    Set<CalendarEntry> clashing = CalendarService.clashes(loaded.entries());
                    clashes.set(clashing);
                    clashText.set(clashing.isEmpty() ? "" : describeClashes(clashing));
                }), error -> notice.set(VitrineException.describe(error)));
    }

    private record Loaded(List<BrandProfile> brands, List<CalendarEntry> entries) {
    }

    /** The first day shown: the Monday on or before the 1st (month) or of the week. */
    public LocalDate firstDay() {
        LocalDate start = mode.get() == Mode.MONTH ? anchor.get().withDayOfMonth(1) : anchor.get();
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** How many days are shown: six weeks for a month, seven for a week. */
    public int days() {
        return mode.get() == Mode.MONTH ? 42 : 7;
    }

    public void next() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().plusMonths(1) : anchor.get().plusWeeks(1));
    }

    public void previous() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().minusMonths(1) : anchor.get().minusWeeks(1));
    }

    public void today() {
        anchor.set(LocalDate.now(zone.get()));
    }

    /** The entry's time in the zone shown. */
    public java.time.ZonedDateTime local(CalendarEntry entry) {
        return entry.at().atZone(zone.get());
    }

    /**
     * Moves an entry to another day (keeping its time of day) or, with {@code time}, to that time, in
     * the zone shown. Says what happened, and warns when the new minute clashes with another post.
     */
    /** Asks the shell to show the post or poll in its own section. */
    public void open(CalendarEntry entry) {
        events.publish(new OpenItem(entry.kind() == CalendarEntry.Kind.POST ? OpenItem.Kind.POST : OpenItem.Kind.POLL,
                entry.id()));
    }

    public void move(CalendarEntry entry, LocalDate day, LocalTime time) {
        LocalTime keep = local(entry).toLocalTime();
        LocalTime at = time == null ? keep : time;
        Instant target = day.atTime(at).atZone(zone.get()).toInstant();
        if (target.equals(entry.at())) {
            return;
        }
        tasks.submit("Rescheduling", progress -> feature.calendar().move(entry, target), clashing -> {
            String when = Formats.dateTime(target, zone.get()) + " (" + zone.get().getId() + ")";
            notice.set("Moved \"" + entry.title() + "\" to " + when + "." + (clashing.isEmpty() ? ""
                    : " Warning: it now goes out at the same minute as " + clashing.stream().map(c -> "post #" + c.id())
                    .collect(Collectors.joining(", ")) + " of the same brand."));
            events.publish(new PostsChanged(entry.kind() == CalendarEntry.Kind.POST ? entry.id() : null));
            reload();
        }, error -> notice.set("Could not move \"" + entry.title() + "\": " + VitrineException.describe(error)));
    }

    private String describeClashes(Set<CalendarEntry> clashing) {
        String minutes = clashing.stream().map(e -> Formats.dateTime(e.at(), zone.get())).distinct().sorted()
                .collect(Collectors.joining("; "));
        return clashing.size() + " posts share a minute with another post of the same brand (" + minutes
                + "). Followers get them back to back: move one.";
    }

    private String describePeriod(LocalDate first) {
        if (mode.get() == Mode.MONTH) {
            return anchor.get().format(DateTimeFormatter.ofPattern("MMMM yyyy"));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        return "Week of " + first.format(day) + " – " + first.plusDays(6).format(day);
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ObservableList<CalendarEntry> entries() {
        return entries;
    }

    public ObjectProperty<Set<CalendarEntry>> clashesProperty() {
        return clashes;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty clashTextProperty() {
        return clashText;
    }
}
