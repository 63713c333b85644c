package io.vitrine.sync.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.sync.Conflict;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncFeature;
import io.vitrine.sync.SyncRun;
import io.vitrine.sync.SyncSnapshot;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Sync section: connect brands, sync now, the interval, conflicts to settle and the recent rounds. */
public final class SyncView implements SectionView {
    static final String TEXT_SUCCESS = "text-success";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    @FXML
    private Button syncNowButton;
    @FXML
    private Label statusLabel;
    @FXML
    private Spinner<Integer> intervalSpinner;
    @FXML
    private ListView<SyncViewModel.BrandConnection> brandList;
    @FXML
    private TextField addressField;
    @FXML
    private PasswordField tokenField;
    @FXML
    private Button connectButton;
    @FXML
    private ListView<Conflict> conflictList;
    @FXML
    private TableView<SyncRun> runTable;

    private final Parent root;
    private final SyncViewModel model;
    private final Runnable unsubscribe;

    public SyncView(StudioContext context) {
        SyncAccounts accounts = context.feature(SyncFeature.class).accounts();
        this.model = new SyncViewModel(accounts, context.tasks(), context.dialogs(), context.events(), Clock.systemUTC());
        root = ViewLoader.load(this);
        statusLabel.textProperty().bind(model.statusProperty());
        syncNowButton.setOnAction(e -> model.syncNow());
        intervalSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1440, 5));
        model.intervalProperty().addListener((obs, old, now) -> intervalSpinner.getValueFactory().setValue(now.intValue()));
        intervalSpinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.intervalProperty().get()) {
                model.saveInterval(now);
            }
        });
        addressField.textProperty().bindBidirectional(model.addressProperty());
        tokenField.textProperty().bindBidirectional(model.tokenProperty());
        connectButton.disableProperty().bind(model.busyProperty().or(tokenField.textProperty().isEmpty())
                .or(addressField.textProperty().isEmpty()));
        connectButton.setOnAction(e -> model.connect());
        brandList.setItems(model.brands());
        brandList.setCellFactory(list -> new BrandCell());
        conflictList.setItems(model.conflicts());
        conflictList.setCellFactory(list -> new ConflictCell());
        runTable.setItems(model.runs());
        addRunColumns();
        unsubscribe = FxEvents.onFxThread(context.events(), SyncSnapshot.class, model::showSnapshot);
    }

    private void addRunColumns() {
        column("Finished", run -> WHEN.format(run.finishedAt())).setPrefWidth(190);
        column("Sent", run -> Integer.toString(run.pushed()));
        column("New events", run -> String.format("%,d", run.pulled()));
        column("Duplicates ignored", run -> String.format("%,d", run.duplicates()));
        column("Conflicts", run -> Integer.toString(run.conflicts()));
        column("Result", run -> run.ok() ? "OK" : String.join(" · ", run.errors()));
    }

    private TableColumn<SyncRun, String> column(String title, Function<SyncRun, String> text) {
        TableColumn<SyncRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setSortable(false);
        runTable.getColumns().add(column);
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    @Override
    public void dispose() {
        unsubscribe.run();
    }

    /** A brand: name and handle, where it is connected, and a button to disconnect. Built once, refilled per item. */
    private final class BrandCell extends ListCell<SyncViewModel.BrandConnection> {
        private final Label name = new Label();
        private final Label where = new Label();
        private final Button disconnect = new Button("Disconnect");
        private final HBox line;

        BrandCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            disconnect.setOnAction(e -> model.disconnect(getItem()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(12, new VBox(2, name, where), gap, disconnect);
        }

        @Override
        protected void updateItem(SyncViewModel.BrandConnection row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.brand().name() + "  @" + row.brand().handle());
            where.setText(row.connected() ? "Connected to " + row.brand().platformUrl()
                    : "Not connected: enter the platform address and this brand's token below");
            where.getStyleClass().setAll("label", row.connected() ? TEXT_SUCCESS : Styles.TEXT_MUTED);
            disconnect.setVisible(row.connected());
            setGraphic(line);
        }
    }

    /** A conflict: what changed where, and the two ways out. Built once, refilled per item. */
    private final class ConflictCell extends ListCell<Conflict> {
        private final Label title = new Label();
        private final HBox line;

        ConflictCell() {
            title.setWrapText(true);
            Button mine = new Button("Keep mine");
            mine.setId("keepMine");
            mine.setOnAction(e -> model.keepMine(getItem()));
            Button theirs = new Button("Take theirs");
            theirs.setId("takeTheirs");
            theirs.setOnAction(e -> model.takeTheirs(getItem()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(8, title, gap, mine, theirs);
        }

        @Override
        protected void updateItem(Conflict conflict, boolean empty) {
            super.updateItem(conflict, empty);
            if (empty || conflict == null) {
                setGraphic(null);
                return;
            }
            String what = (conflict.kind() == PublicationKind.POST ? "Post" : "Poll") + " “" + shorten(conflict.title()) + "”";
            title.setText(what + " was changed on the platform since your last sync");
            setGraphic(line);
        }

        private static String shorten(String text) {
            String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            return flat.length() > 60 ? flat.substring(0, 59) + "…" : flat;
        }
    }
}
