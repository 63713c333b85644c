package io.vitrine.insights.ui;

import io.vitrine.insights.CampaignRef;
import io.vitrine.insights.EngagementQueries;
import io.vitrine.insights.EventType;
import io.vitrine.insights.InsightsScope;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
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
        LAST_7_DAYS("Last 7 days", Duration.ofDays(7)),
        LAST_30_DAYS("Last 30 days", Duration.ofDays(30)),
        LAST_90_DAYS("Last 90 days", Duration.ofDays(90)),
        ALL_TIME("All time", null);

        private final String label;
        private final Duration length;

        Period(String label, Duration length) {
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
    private static final String UNREADABLE = "The engagement figures could not be read";

    private final EngagementQueries queries;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObservableList<CampaignRef> campaigns = FXCollections.observableArrayList(ALL_CAMPAIGNS);
    private final ObjectProperty<CampaignRef> campaign = new SimpleObjectProperty<>(ALL_CAMPAIGNS);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.LAST_30_DAYS);
    private final ReadOnlyObjectWrapper<InsightsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final LatestResult loads = new LatestResult();

    public InsightsViewModel(EngagementQueries queries, TaskExecutor tasks, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.clock = clock;
        campaign.addListener((obs, old, now) -> reload());
        period.addListener((obs, old, now) -> reload());
    }

    /** Reloads the campaign list and the numbers. */
    public void refresh() {
        tasks.submitQuietly(UNREADABLE, progress -> queries.campaigns(), loaded -> {
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
        });
    }

    void reload() {
        InsightsScope scope = scope();
        tasks.submitQuietly(UNREADABLE, progress -> new InsightsSnapshot(queries.countsByType(scope), queries.revenueByCurrency(scope),
                queries.daily(scope), queries.topPosts(scope, EventType.PRODUCT_CLICK, TOP_POSTS),
                queries.bySegment(scope, SegmentDimension.REGION, EventType.PRODUCT_CLICK),
                queries.bySegment(scope, SegmentDimension.INTEREST, EventType.PRODUCT_CLICK)), loads.next().deliver(snapshot::set));
    }

    InsightsScope scope() {
        CampaignRef selected = campaign.get();
        InsightsScope scope = selected == null || selected.id() < 0 ? InsightsScope.ALL : InsightsScope.campaign(selected.id());
        Duration length = period.get().length;
        return length == null ? scope : scope.since(clock.instant().minus(length));
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
