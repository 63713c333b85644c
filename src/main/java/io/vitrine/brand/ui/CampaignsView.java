package io.vitrine.brand.ui;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.Campaign;
import io.vitrine.brand.CampaignService;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.brand.CampaignsChanged;
import io.vitrine.common.VitrineException;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Campaigns: the list, and a form to add or edit one (name, dates, goal, budget note) or delete it. */
public final class CampaignsView {
    @FXML TableView<Campaign> campaignsTable;
    @FXML TableColumn<Campaign, String> nameColumn;
    @FXML TableColumn<Campaign, String> datesColumn;
    @FXML TableColumn<Campaign, String> goalColumn;
    @FXML TableColumn<Campaign, String> budgetColumn;
    @FXML TableColumn<Campaign, String> usageColumn;
    @FXML TextField campaignName;
    @FXML DatePicker campaignStart;
    @FXML DatePicker campaignEnd;
    @FXML TextField campaignGoal;
    @FXML TextField campaignBudget;
    @FXML Label campaignError;
    @FXML Button deleteCampaignButton;

    private final CampaignService campaigns;
    private final CampaignUsage usageOf;
    private final StudioContext context;
    private final Parent root;
    private Long editing;
    private java.util.Map<Long, Long> usage = java.util.Map.of();

    public CampaignsView(StudioContext context) {
        this.campaigns = context.feature(BrandFeature.class).campaigns();
        this.usageOf = context.feature(CampaignUsage.class);
        this.context = context;
        root = ViewLoader.load(this);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        datesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().dates()));
        goalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().goal()));
        budgetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().budgetNote()));
        usageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(usage.getOrDefault(c.getValue().id(), 0L))));
        campaignsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> edit(c));
        startNew();
        reload();
    }

    public Parent root() {
        return root;
    }

    private void reload() {
        context.tasks().submit("Loading campaigns", progress -> {
            List<Campaign> list = campaigns.list();
            java.util.Map<Long, Long> counts = new java.util.HashMap<>();
            list.forEach(c -> counts.put(c.id(), usageOf.count(c.id())));
            return java.util.Map.entry(list, counts);
        }, loaded -> {
            usage = loaded.getValue();
            campaignsTable.getItems().setAll(loaded.getKey());
        });
    }

    private void edit(Campaign campaign) {
        if (campaign == null) {
            return;
        }
        editing = campaign.id();
        campaignName.setText(campaign.name());
        campaignStart.setValue(campaign.startsOn());
        campaignEnd.setValue(campaign.endsOn());
        campaignGoal.setText(campaign.goal() == null ? "" : campaign.goal());
        campaignBudget.setText(campaign.budgetNote() == null ? "" : campaign.budgetNote());
        deleteCampaignButton.setDisable(false);
        campaignError.setText("");
    }

    @FXML
    void startNew() {
        editing = null;
        campaignsTable.getSelectionModel().clearSelection();
        campaignName.clear();
        campaignStart.setValue(null);
        campaignEnd.setValue(null);
        campaignGoal.clear();
        campaignBudget.clear();
        deleteCampaignButton.setDisable(true);
        campaignError.setText("");
    }

    @FXML
    void save() {
        Campaign campaign = new Campaign(editing, campaignName.getText(), campaignStart.getValue(), campaignEnd.getValue(),
                campaignGoal.getText(), campaignBudget.getText());
        context.tasks().submit("Saving the campaign", progress -> campaigns.save(campaign), saved -> {
            editing = saved.id();
            campaignError.setText("");
            context.status().notify("Saved campaign " + saved.name());
            context.events().publish(new CampaignsChanged());
            reload();
        }, error -> campaignError.setText(VitrineException.describe(error)));
    }

    @FXML
    void delete() {
        if (editing == null) {
            return;
        }
        long id = editing;
        if (!context.dialogs().confirm("Delete this campaign?",
                "Its posts and polls stay, without a campaign.", "Delete campaign")) {
            return;
        }
        context.tasks().submit("Deleting the campaign", progress -> {
            campaigns.delete(id);
            return id;
        }, done -> {
            startNew();
            context.events().publish(new CampaignsChanged());
            reload();
        });
    }
}
