package io.vitrine.brand.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.ui.ViewLoader;
import java.util.function.Function;
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
    @FXML
    private TableView<Campaign> campaignsTable;
    @FXML
    private TableColumn<Campaign, String> nameColumn;
    @FXML
    private TableColumn<Campaign, String> datesColumn;
    @FXML
    private TableColumn<Campaign, String> goalColumn;
    @FXML
    private TableColumn<Campaign, String> budgetColumn;
    @FXML
    private TableColumn<Campaign, String> usageColumn;
    @FXML
    private TextField campaignName;
    @FXML
    private DatePicker campaignStart;
    @FXML
    private DatePicker campaignEnd;
    @FXML
    private TextField campaignGoal;
    @FXML
    private TextField campaignBudget;
    @FXML
    private Label campaignError;
    @FXML
    private Button deleteCampaignButton;

    private final CampaignsViewModel model;
    private final Parent root;

    public CampaignsView(CampaignsViewModel model) {
        this.model = model;
        root = ViewLoader.load(this);
        column(nameColumn, Campaign::name);
        column(datesColumn, Campaign::dates);
        column(goalColumn, Campaign::goal);
        column(budgetColumn, Campaign::budgetNote);
        column(usageColumn, c -> String.valueOf(model.usage(c)));
        campaignsTable.setItems(model.campaigns());
        campaignsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> model.edit(c));
        model.editingProperty().addListener((obs, old, id) -> {
            if (id == null) {
                campaignsTable.getSelectionModel().clearSelection();
            }
        });
        campaignName.textProperty().bindBidirectional(model.nameProperty());
        campaignStart.valueProperty().bindBidirectional(model.startsOnProperty());
        campaignEnd.valueProperty().bindBidirectional(model.endsOnProperty());
        campaignGoal.textProperty().bindBidirectional(model.goalProperty());
        campaignBudget.textProperty().bindBidirectional(model.budgetNoteProperty());
        campaignError.textProperty().bind(model.errorProperty());
        deleteCampaignButton.disableProperty().bind(model.canDeleteProperty().not());
        model.startNew();
        model.reload();
    }

    private static void column(TableColumn<Campaign, String> column, Function<Campaign, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public Parent root() {
        return root;
    }

    @FXML
    void startNew() {
        model.startNew();
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void delete() {
        model.delete();
    }
}
