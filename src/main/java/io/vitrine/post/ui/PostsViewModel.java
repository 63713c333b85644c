package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.Campaign;
import io.vitrine.brand.PublishState;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFilter;
import io.vitrine.post.PostSummary;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.OpenItem;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Posts section's list: the posts matching the status filter and caption search, each brand's time zone
 * (a post's time is shown where it is planned), the pins that need fixing, the campaigns to choose from; starting
 * a new post for the workspace's brand, and bulk scheduling from a CSV file.
 */
public final class PostsViewModel {
    static final Map<String, PostFilter> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("All", PostFilter.active());
        FILTERS.put("Drafts", PostFilter.of(PublishState.DRAFT));
        FILTERS.put("Scheduled", PostFilter.of(PublishState.SCHEDULED, PublishState.QUEUED));
        FILTERS.put("Published", PostFilter.of(PublishState.PUBLISHED));
        FILTERS.put("Failed", PostFilter.of(PublishState.FAILED));
        FILTERS.put("Archived", PostFilter.of(PublishState.ARCHIVED));
    }

    private final PostFeature feature;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EventBus events;
    private final StringProperty filter = new SimpleStringProperty("All");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<PostSummary> posts = FXCollections.observableArrayList();
    private final ObservableList<PostSummary> postsView = FXCollections.unmodifiableObservableList(posts);
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObservableList<Campaign> campaignsView = FXCollections.unmodifiableObservableList(campaigns);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper stalePins = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper staleText = new ReadOnlyStringWrapper("");
    private final Map<Long, ZoneId> brandZones = new HashMap<>();
    private final LatestResult lists = new LatestResult();

    public PostsViewModel(PostFeature feature, TaskExecutor tasks, DialogService dialogs, EventBus events) {
        this.feature = feature;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.events = events;
        filter.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
    }

    private record Listed(List<PostSummary> posts, List<BrandProfile> brands, int stalePins, List<Campaign> campaigns) {
    }

    /** Reads the list, the brands' zones, the stale-pin count and the campaigns again. */
    public void refresh() {
        PostFilter base = FILTERS.getOrDefault(filter.get(), PostFilter.active());
        PostFilter query = new PostFilter(base.statuses(), null, search.get());
        tasks.submitQuietly(progress -> new Listed(feature.posts().list(query), feature.brands().list(),
                feature.staleTags().count(), feature.campaigns().list()), lists.next().deliver(this::show),
                error -> dialogs.showError("Cannot list the posts", error));
    }

    private void show(Listed listed) {
        listed.brands().forEach(b -> brandZones.put(b.id(), b.timeZone()));
        posts.setAll(listed.posts());
        count.set(Formats.count(listed.posts().size()) + " post" + (listed.posts().size() == 1 ? "" : "s"));
        int stale = listed.stalePins();
        staleText.set(stale + " pin" + (stale == 1 ? " points" : "s point") + " at products shoppers cannot buy. Fix…");
        stalePins.set(stale);
        campaigns.setAll(listed.campaigns());
    }

    /** Starts a post for the workspace's brand; {@code noBrandYet} runs when a brand profile must be added first. */
    public void newPost(Consumer<BrandProfile> compose, Runnable noBrandYet) {
        tasks.submit("Preparing a new post", progress -> feature.brands().list(), brands -> {
            if (brands.isEmpty()) {
                noBrandYet.run();
            } else {
                compose.accept(brands.get(0));
            }
        });
    }

    /** Creates the posts of a schedule CSV for the workspace's brand and shows what each row became. */
    public void importSchedule(Path file) {
        tasks.submit("Importing " + file.getFileName(), progress -> feature.scheduleImport().run(file,
                feature.brands().choose(null), false, progress), report -> {
                    events.publish(new PostsChanged(null));
                    dialogs.showInfo("Imported " + file.getFileName(), ScheduleReportText.of(report));
                });
    }

    /** The zone a post's time is shown in: its brand's. */
    /** A published post has results in Insights. */
    public boolean hasResults(PostSummary post) {
        return post != null && post.status() == PublishState.PUBLISHED;
    }

    /** Asks the shell to open a published post's results in Insights. */
    public void openResults(PostSummary post) {
        if (hasResults(post)) {
            events.publish(new OpenItem(OpenItem.Kind.POST_RESULTS, post.id()));
        }
    }

    public ZoneId zoneOf(PostSummary post) {
        return brandZones.getOrDefault(post.brandId(), ZoneId.systemDefault());
    }

    /** The status filters, by name: "All", "Drafts", … */
    public List<String> filters() {
        return List.copyOf(FILTERS.keySet());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<PostSummary> posts() {
        return postsView;
    }

    public ObservableList<Campaign> campaigns() {
        return campaignsView;
    }

    /** "12 posts". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stalePinsProperty() {
        return stalePins.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staleTextProperty() {
        return staleText.getReadOnlyProperty();
    }
}
