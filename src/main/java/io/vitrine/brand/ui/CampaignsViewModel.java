package io.vitrine.brand.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.brand.CampaignsChanged;
import io.vitrine.common.EventBus;
import io.vitrine.common.VitrineException;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.TaskExecutor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The campaigns screen's state: every campaign with how many posts and polls it groups, and the form for the
 * one being added or edited (name, dates, goal, budget note); saving it, or saying why not; deleting it.
 */
public final class CampaignsViewModel {
    private final CampaignService campaigns;
    private final CampaignUsage usageOf;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EventBus events;
    private final ShellStatus status;
    private final ObservableList<Campaign> list = FXCollections.observableArrayList();
    private final ObservableList<Campaign> listView = FXCollections.unmodifiableObservableList(list);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty goal = new SimpleStringProperty("");
    private final StringProperty budgetNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> editing = new ReadOnlyObjectWrapper<>();
    private Map<Long, Long> usage = Map.of();

    public CampaignsViewModel(CampaignService campaigns, CampaignUsage usageOf, TaskExecutor tasks, DialogService dialogs,
                              EventBus events, ShellStatus status) {
        this.campaigns = campaigns;
        this.usageOf = usageOf;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.events = events;
        this.status = status;
    }

    private record Loaded(List<Campaign> campaigns, Map<Long, Long> usage) {
    }

    /** Reads the campaigns and their usage again. */
    public void reload() {
        tasks.submit("Loading campaigns", progress -> {
            List<Campaign> all = campaigns.list();
            Map<Long, Long> counts = new HashMap<>();
            all.forEach(c -> counts.put(c.id(), usageOf.count(c.id())));
            return new Loaded(all, counts);
        }, loaded -> {
            usage = loaded.usage();
            list.setAll(loaded.campaigns());
        });
    }

    /** Puts a campaign in the form (null: nothing changes). */
    public void edit(Campaign campaign) {
        if (campaign == null) {
            return;
        }
        editing.set(campaign.id());
        name.set(campaign.name());
        startsOn.set(campaign.startsOn());
        endsOn.set(campaign.endsOn());
        goal.set(campaign.goal() == null ? "" : campaign.goal());
        budgetNote.set(campaign.budgetNote() == null ? "" : campaign.budgetNote());
        error.set("");
    }

    /** An empty form for a new campaign. */
    public void startNew() {
        editing.set(null);
        name.set("");
        startsOn.set(null);
        endsOn.set(null);
        goal.set("");
        budgetNote.set("");
        error.set("");
    }

    /** Saves the form; what the workspace refuses (ends before it starts, a name taken) is said under it. */
    public void save() {
        Campaign campaign = new Campaign(editing.get(), name.get(), startsOn.get(), endsOn.get(), goal.get(), budgetNote.get());
        tasks.submit("Saving the campaign", progress -> campaigns.save(campaign), saved -> {
            editing.set(saved.id());
            error.set("");
            status.notify("Saved campaign " + saved.name());
            events.publish(new CampaignsChanged());
            reload();
        }, failure -> error.set(VitrineException.describe(failure)));
    }

    /** Deletes the campaign in the form, once the person confirms; its posts and polls stay, without it. */
    public void delete() {
        Long id = editing.get();
        if (id == null || !dialogs.confirm("Delete this campaign?", "Its posts and polls stay, without a campaign.",
                "Delete campaign")) {
            return;
        }
        tasks.submit("Deleting the campaign", progress -> {
            campaigns.delete(id);
            return id;
        }, done -> {
            startNew();
            events.publish(new CampaignsChanged());
            reload();
        });
    }

    /** How many posts and polls the campaign groups (as last loaded). */
    public long usage(Campaign campaign) {
        return usage.getOrDefault(campaign.id(), 0L);
    }

    public ObservableList<Campaign> campaigns() {
        return listView;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    public StringProperty budgetNoteProperty() {
        return budgetNote;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The id of the campaign in the form; null for a new one. */
    public ReadOnlyObjectProperty<Long> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public BooleanBinding canDeleteProperty() {
        return editing.isNotNull();
    }
}
