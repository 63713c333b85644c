package io.vitrine.conversation.ui;

import io.vitrine.common.Formats;
import io.vitrine.conversation.CommentExport;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationService;
import io.vitrine.conversation.InboxChoices;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.insights.ConversationStats;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.poll.AudienceSegment;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox's list: threads newest first by the filters (how they stand, post or poll, product, segment, period,
 * words), the filters' choices, the figures line, and the export. Every read runs in the background; the newest
 * request wins.
 */
public final class InboxViewModel {
    /** Threads read at most; the count line says when there are more. */
    static final int PAGE = 300;

    private final ConversationService service;
    private final CommentExport export;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<CommentThread> threads = FXCollections.observableArrayList();
    private final ObservableList<InboxFilter.Show> shows = FXCollections.observableArrayList(InboxFilter.Show.values());
    private final ObservableList<InboxChoices.Publication> publications = FXCollections.observableArrayList();
    private final ObservableList<InboxChoices.Product> products = FXCollections.observableArrayList();
    private final ObservableList<AudienceSegment> segments = FXCollections.observableArrayList();
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final ObjectProperty<InboxFilter.Show> show = new SimpleObjectProperty<>(InboxFilter.Show.ALL);
    private final ObjectProperty<InboxChoices.Publication> publication = new SimpleObjectProperty<>();
    private final ObjectProperty<InboxChoices.Product> product = new SimpleObjectProperty<>();
    private final ObjectProperty<AudienceSegment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private final LatestResult reads = new LatestResult();

    public InboxViewModel(ConversationFeature feature, TaskExecutor tasks, DialogService dialogs) {
        this.service = feature.conversations();
        this.export = feature.export();
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (ObjectProperty<?> filter : List.of(show, publication, product, segment, since, until)) {
            filter.addListener((obs, old, value) -> reload());
        }
    }

    /** What the filters ask for, as the service reads it. */
    InboxFilter filter() {
        InboxChoices.Publication on = publication.get();
        ZoneId zone = ZoneId.systemDefault();
        return new InboxFilter(show.get(), on == null ? null : on.postId(), on == null ? null : on.pollId(),
                product.get() == null ? null : product.get().itemId(), segment.get(),
                since.get() == null ? null : since.get().atStartOfDay(zone).toInstant(),
                until.get() == null ? null : until.get().plusDays(1).atStartOfDay(zone).toInstant(), search.get(), null,
                PAGE, 0);
    }

    /** Reads the threads, the count and the figures again (after a filter change, a sync, a reply). */
    public void reload() {
        LatestResult.Request request = reads.next();
        InboxFilter filter = filter();
        tasks.submitQuietly("The comments could not be read", progress -> new Page(service.threads(filter),
                service.count(filter), service.figures(InsightsFilter.ALL, ZoneId.systemDefault())), request.deliver(this::show));
    }

    /** Reloads the filters' choices, then the threads. */
    public void refresh() {
        tasks.submitQuietly("The comments could not be read", progress -> service.choices(), this::setChoices);
        reload();
    }

    private record Page(List<CommentThread> threads, long total, ConversationStats stats) {
    }

    private void show(Page page) {
        threads.setAll(page.threads());
        count.set(page.total() > page.threads().size()
                ? "Newest " + Formats.count(page.threads().size()) + " of " + Formats.count(page.total()) + " threads"
                : Formats.count(page.total()) + (page.total() == 1 ? " thread" : " threads"));
        figures.set(ConversationFiguresText.line(page.stats()));
    }

    void setChoices(InboxChoices choices) {
        keep(publications, choices.publications(), publication);
        keep(products, choices.products(), product);
        keep(segments, choices.segments(), segment);
        assignees.setAll(choices.assignees());
    }

    /** New choices, keeping the one picked when it is still offered. */
    private static <T> void keep(ObservableList<T> list, List<T> fresh, ObjectProperty<T> picked) {
        T current = picked.get();
        List<T> with = new ArrayList<>(fresh);
        list.setAll(with);
        if (current != null && !with.contains(current)) {
            picked.set(null);
        }
    }

    /** Writes the threads the filters show (all of them, not only the page) to {@code target}, .xlsx or .csv. */
    public void export(Path target) {
        InboxFilter filter = filter();
        tasks.submit("Exporting comments to " + target.getFileName(), progress -> {
            List<CommentThread> all = new ArrayList<>();
            for (int offset = 0; ; offset += 5_000) {
                List<CommentThread> page = service.threads(filter.withPage(5_000, offset));
                all.addAll(page);
                if (page.size() < 5_000) {
                    return export.write(all, target);
                }
            }
        }, result -> count.set("Exported " + Formats.count(result.rows()) + " comments to " + result.file().getFileName()),
                error -> dialogs.showError("The comments could not be exported", error));
    }

    /** Clears every filter (show all threads). */
    public void clearFilters() {
        publication.set(null);
        product.set(null);
        segment.set(null);
        since.set(null);
        until.set(null);
        search.set("");
        show.set(InboxFilter.Show.ALL);
    }

    public ObservableList<CommentThread> threads() {
        return threads;
    }

    public ObservableList<InboxFilter.Show> shows() {
        return shows;
    }

    public ObservableList<InboxChoices.Publication> publications() {
        return publications;
    }

    public ObservableList<InboxChoices.Product> products() {
        return products;
    }

    public ObservableList<AudienceSegment> segments() {
        return segments;
    }

    public ObservableList<String> assignees() {
        return assignees;
    }

    public ObjectProperty<InboxFilter.Show> showProperty() {
        return show;
    }

    public ObjectProperty<InboxChoices.Publication> publicationProperty() {
        return publication;
    }

    public ObjectProperty<InboxChoices.Product> productProperty() {
        return product;
    }

    public ObjectProperty<AudienceSegment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
