package io.vitrine.insights.ui;

import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsOverview;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.InsightsSeries;
import io.vitrine.insights.PostResults;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.TimeBucket;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights screen's state: the filter (campaign, period, bucket), what to compare and rank on, and the
 * figures for them. Every change starts one background load and cancels the one still running, so a stale
 * load never lands on screen; a post's results and a product's sources load the same way.
 */
public final class InsightsViewModel {
    /** The periods a marketer looks at; days are the brand's. */
    public enum Period {
        LAST_7_DAYS("Last 7 days", 7), LAST_30_DAYS("Last 30 days", 30), LAST_90_DAYS("Last 90 days", 90),
        ALL_TIME("All time", 0);

        private final String label;
        private final int days;

        Period(String label, int days) {
            this.label = label;
            this.days = days;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** "All campaigns" is the negative-id entry. */
    public static final CampaignRef ALL_CAMPAIGNS = new CampaignRef(-1, "All campaigns");
    static final int RANKED = 5;

    private final InsightsFeature insights;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<CampaignRef> campaigns = FXCollections.observableArrayList(ALL_CAMPAIGNS);
    private final ObjectProperty<CampaignRef> campaign = new SimpleObjectProperty<>(ALL_CAMPAIGNS);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.LAST_30_DAYS);
    private final ObjectProperty<TimeBucket> bucket = new SimpleObjectProperty<>(); // null = from the period
    private final ObjectProperty<EventType> metric = new SimpleObjectProperty<>(EventType.PRODUCT_CLICK);
    private final ObservableList<InsightsSeries.Overlay> overlays = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InsightsOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PostResults> postResults = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PublicationTotals> productSources = FXCollections.observableArrayList();
    private TaskExecutor.TaskHandle running;
    private volatile java.time.ZoneId zone = java.time.ZoneOffset.UTC;
    private final LatestResult loads = new LatestResult();

    public InsightsViewModel(InsightsFeature insights, TaskExecutor tasks, DialogService dialogs, Clock clock) {
        this.insights = insights;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        campaign.addListener((obs, old, now) -> reload());
        period.addListener((obs, old, now) -> reload());
        bucket.addListener((obs, old, now) -> reload());
        metric.addListener((obs, old, now) -> reload());
        overlays.addListener((javafx.collections.ListChangeListener<InsightsSeries.Overlay>) c -> reload());
    }

    /** Reloads the campaign list and the figures. */
    public void refresh() {
        tasks.submitQuietly(progress -> insights.insights().campaigns(), loaded -> {
            CampaignRef selected = campaign.get();
            List<CampaignRef> all = new ArrayList<>(List.of(ALL_CAMPAIGNS));
            all.addAll(loaded);
            campaigns.setAll(all); // a ComboBox bound to the selection may clear it here
            CampaignRef keep = all.contains(selected) ? selected : ALL_CAMPAIGNS;
            if (keep.equals(campaign.get())) {
                reload();
            } else {
                campaign.set(keep); // reloads through the listener
            }
        }, null);
    }

    /** Loads the whole screen for the current filter, cancelling a load still running. */
    void reload() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        LatestResult.Request load = loads.next();
        loading.set(true);
        Period chosen = period.get();
        Long campaignId = campaign.get() == null || campaign.get().id() < 0 ? null : campaign.get().id();
        TimeBucket cut = bucket.get();
        EventType rankBy = metric.get();
        List<InsightsSeries.Overlay> compare = List.copyOf(overlays);
        running = tasks.submitQuietly(progress -> insights.overview().load(filter(chosen, campaignId), cut, rankBy, RANKED,
                rankBy, compare, progress), loaded -> {
                    if (load.isLatest()) {
                        loading.set(false);
                        overview.set(loaded);
                    }
                }, error -> {
                    loading.set(false);
                    if (load.isLatest()) {
                        dialogs.showError("The engagement figures could not be read", error);
                    }
                });
    }

    /** The filter for a period: its days end today on the brand's clock (read off the FX thread). */
    private InsightsFilter filter(Period chosen, Long campaignId) {
        InsightsFilter filter = new InsightsFilter(null, campaignId);
        if (chosen.days == 0) {
            return filter;
        }
        return filter.during(InsightsPeriod.lastDays(chosen.days, insights.insights().clock().day(clock.instant())));
    }

    /** Loads one post's results for the current period. */
    public void openPost(long postId) {
        InsightsFilter filter = overview.get() == null ? InsightsFilter.ALL : new InsightsFilter(overview.get().filter().period(), null);
        tasks.submitQuietly(progress -> {
            zone = insights.insights().clock().zone();
            return insights.postResults().results(postId, filter);
        }, postResults::set, null);
    }

    public void closePost() {
        postResults.set(null);
    }

    /** Loads where a product's clicks, carts and purchases came from. */
    public void openProduct(String itemId) {
        InsightsFilter filter = overview.get() == null ? InsightsFilter.ALL : overview.get().filter();
        tasks.submitQuietly(progress -> insights.insights().productSources(filter, itemId), productSources::setAll, null);
    }

    /** Adds a line for a post or campaign to the time series (once each). */
    public void compare(InsightsSeries.Overlay overlay) {
        if (!overlays.contains(overlay)) {
            overlays.add(overlay);
        }
    }

    public ObservableList<CampaignRef> campaigns() {
        return campaigns;
    }

    public ObjectProperty<CampaignRef> campaignProperty() {
        return campaign;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<TimeBucket> bucketProperty() {
        return bucket;
    }

    public ObjectProperty<EventType> metricProperty() {
        return metric;
    }

    public ObservableList<InsightsSeries.Overlay> overlays() {
        return overlays;
    }

    public ReadOnlyObjectProperty<InsightsOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PostResults> postResultsProperty() {
        return postResults.getReadOnlyProperty();
    }

    /** The brand's time zone, as of the last post results read. */
    public java.time.ZoneId zone() {
        return zone;
    }

    public ObservableList<PublicationTotals> productSources() {
        return productSources;
    }

    public static List<Period> periods() {
        return List.of(Period.values());
    }
}
