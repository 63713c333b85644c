package io.vitrine.insights.ui;

import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.InsightsSeries;
import io.vitrine.insights.InsightsService;
import io.vitrine.ui.TaskExecutor;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Insights dashboard's state: which campaign and period, and the numbers for them. */
public final class InsightsViewModel {
    /** The periods a marketer looks at. */
    public enum Period {
        LAST_7_DAYS("Last 7 days", 7),
        LAST_30_DAYS("Last 30 days", 30),
        LAST_90_DAYS("Last 90 days", 90),
        ALL_TIME("All time", 0);

        private final String label;
        private final int length;

        Period(String label, int length) {
            this.label = label;
            this.length = length;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** "All campaigns" is the null-id entry. */
    public static final CampaignRef ALL_CAMPAIGNS = new CampaignRef(-1, "All campaigns");
    static final int TOP_POSTS = 10;

    private final InsightsService queries;
    private final InsightsSeries series;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObservableList<CampaignRef> campaigns = FXCollections.observableArrayList(ALL_CAMPAIGNS);
    private final ObjectProperty<CampaignRef> campaign = new SimpleObjectProperty<>(ALL_CAMPAIGNS);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.LAST_30_DAYS);
    private final ReadOnlyObjectWrapper<InsightsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private long loads;

    public InsightsViewModel(InsightsService queries, TaskExecutor tasks, Clock clock) {
        this.queries = queries;
        this.series = new InsightsSeries(queries);
        this.tasks = tasks;
        this.clock = clock;
        campaign.addListener((obs, old, now) -> reload());
        period.addListener((obs, old, now) -> reload());
    }

    /** Reloads the campaign list and the numbers. */
    public void refresh() {
        tasks.submitQuietly(progress -> queries.campaigns(), loaded -> {
            CampaignRef selected = campaign.get();
            List<CampaignRef> all = new java.util.ArrayList<>(List.of(ALL_CAMPAIGNS));
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

    void reload() {
        long load = ++loads;
        tasks.submitQuietly(progress -> {
            InsightsFilter scope = scope();
            return new InsightsSnapshot(queries.summary(scope), series.series(scope, null),
                    series.ranking(scope, EventType.PRODUCT_CLICK, TOP_POSTS), queries.segments(scope), queries.clock().zone());
        }, loaded -> {
                    if (load == loads) {
                        snapshot.set(loaded);
                    }
                }, null);
    }

    InsightsFilter scope() {
        CampaignRef selected = campaign.get();
        InsightsFilter scope = selected == null || selected.id() < 0 ? InsightsFilter.ALL : InsightsFilter.campaign(selected.id());
        int length = period.get().length;
        return length == 0 ? scope : scope.during(InsightsPeriod.lastDays(length, queries.clock().day(clock.instant())));
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

    public ReadOnlyObjectProperty<InsightsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public static List<Period> periods() {
        return List.of(Period.values());
    }
}
