package io.vitrine.poll.ui;

import io.vitrine.brand.KeywordAutomations;
import io.vitrine.brand.ui.AutomationsEditor;
import io.vitrine.brand.ui.AutomationsEditorModel;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollSummary;
import io.vitrine.ui.EmptyState;
import io.vitrine.ui.ImageCache;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** The Polls section: the list of polls; a draft opens in the builder, a live poll in its results. */
public final class PollsView implements SectionView {
    @FXML private Button newPollButton;
    @FXML private Button duplicatePollButton;
    @FXML private Button deletePollButton;
    @FXML private ListView<PollSummary> pollList;
    @FXML private StackPane pollContent;

    private final Parent root;
    private final PollsViewModel model;
    private final PollBuilderView builder;
    private final PollResultsView results;
    private final Node empty;

    public PollsView(StudioContext context) {
        PollFeature feature = context.feature(PollFeature.class);
        model = new PollsViewModel(feature.polls(), context.tasks(), context.dialogs());
        CatalogFeature catalog = context.feature(CatalogFeature.class);
        builder = new PollBuilderView(new PollBuilderViewModel(feature.polls(), feature.catalog(), feature.images(),
                context.tasks(), context.dialogs()), new ImageCache(feature.images(), context.tasks()),
                () -> new ProductPicker(catalog, context.tasks()), context.dialogs(), context.feature(io.vitrine.catalog.find.FindFeature.class).similar(), context.tasks());
        results = new PollResultsView(new PollResultsViewModel(feature.results(), context.tasks(),
                context.dialogs()), context.dialogs(), context.status());
        empty = new EmptyState(Feather.BAR_CHART_2, "Ask your audience to choose",
                "A poll puts two to four products, colours or designs side by side. Votes come back as a live focus group,"
                        + " with an honest verdict on which one wins.").withAction("New poll", this::newPoll);
        root = ViewLoader.load(this);
        addAutomations(context);
        pollList.setItems(model.summaries());
        pollList.setCellFactory(list -> {
            PollCell cell = new PollCell();
            cell.prefWidthProperty().bind(list.widthProperty().subtract(18)); // wrap long questions, no sideways scrolling
            return cell;
        });
        pollList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> open(now));
        newPollButton.setOnAction(e -> newPoll());
        duplicatePollButton.setOnAction(e -> model.duplicate(model.selectedProperty().get()));
        deletePollButton.setOnAction(e -> model.delete(model.selectedProperty().get()));
        duplicatePollButton.disableProperty().bind(model.selectedProperty().isNull());
        deletePollButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.selectedProperty().get() == null || !model.selectedProperty().get().status().beforePublication(), model.selectedProperty()));
        builder.model().setOnSaved(id -> model.refresh(id));
        pollContent.getChildren().setAll(empty);
    }

    /** The poll's keyword automations under the form; they follow the poll open in the builder. */
    private void addAutomations(StudioContext context) {
        AutomationsEditorModel automations = new AutomationsEditorModel(context.feature(KeywordAutomations.class),
                context.tasks());
        builder.addPanel(new AutomationsEditor(automations, "form-heading"));
        PollBuilderViewModel poll = builder.model();
        Runnable follow = () -> automations.show(KeywordAutomations.Owner.POLL, poll.pollIdProperty().get(),
                poll.draftProperty().get() == null ? List.of() : poll.draftProperty().get().options().stream()
                        .map(PollDraft.OptionDraft::itemId).filter(Objects::nonNull).distinct().toList());
        poll.pollIdProperty().addListener((obs, old, id) -> follow.run());
        poll.draftProperty().addListener((obs, old, draft) -> follow.run());
        follow.run();
    }

    private void open(PollSummary poll) {
        if (poll == null) {
            pollList.getSelectionModel().clearSelection();
            return;
        }
        if (pollList.getSelectionModel().getSelectedItem() != poll) {
            pollList.getSelectionModel().select(poll);
        }
        Long editing = builder.model().pollIdProperty().get();
        boolean sameDraft = editing != null && editing == poll.id() && pollContent.getChildren().contains(builder.root());
        if (poll.status().beforePublication() && builder.model().statusProperty().get().beforePublication() && sameDraft) {
            return; // already open, perhaps with edits being typed: reloading would lose them
        }
        builder.model().saveIfChanged(() -> model.refresh(null));
        if (poll.status().beforePublication()) {
            builder.model().open(poll.id());
            pollContent.getChildren().setAll(builder.root());
        } else if (results.model().pollId() == poll.id() && pollContent.getChildren().contains(results.root())) {
            results.model().reload(); // same poll, perhaps a segment chosen: keep it, read the votes again
        } else {
            results.model().show(poll.id());
            pollContent.getChildren().setAll(results.root());
        }
    }

    @Override
    public void open(long pollId) {
        model.refresh(pollId); // reloads the list and selects (so opens) the poll
    }

    private void newPoll() {
        builder.model().saveIfChanged(() -> model.refresh(null));
        model.selectedProperty().set(null);
        builder.model().newPoll();
        pollContent.getChildren().setAll(builder.root());
    }

    @Override
    public Node root() {
        return root;
    }

    /** Back on the section: the list, and the results on screen, are read again (a sync may have brought votes). */
    @Override
    public void onShow() {
        model.refresh(null);
    }
}
