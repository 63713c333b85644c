package io.vitrine.calendar.ui;

import io.vitrine.brand.CampaignsChanged;
import io.vitrine.brand.ui.ZoneChoices;
import io.vitrine.calendar.CalendarFeature;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.Converters;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

/** The Calendar section: scheduled and published posts and polls by month or week, in an explicit time zone. */
public final class CalendarView implements SectionView {
    @FXML Label periodLabel;
    @FXML ToggleButton monthButton;
    @FXML ToggleButton weekButton;
    @FXML ComboBox<ZoneId> zoneChoice;
    @FXML Label clashLabel;
    @FXML Label calendarNotice;
    @FXML StackPane gridHost;

    private final CalendarViewModel model;
    private final CalendarGrid grid;
    private final Parent root;
    private final Runnable unsubscribe;
    private final ToggleGroup modes = new ToggleGroup();

    public CalendarView(StudioContext context) {
        model = new CalendarViewModel(context.feature(CalendarFeature.class), context.tasks(), context.events());
        grid = new CalendarGrid(model);
        root = ViewLoader.load(this);
        monthButton.setToggleGroup(modes);
        weekButton.setToggleGroup(modes);
        monthButton.setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.modeProperty().set(now == weekButton ? CalendarViewModel.Mode.WEEK : CalendarViewModel.Mode.MONTH);
            }
        });
        model.modeProperty().addListener((obs, old, mode) -> (mode == CalendarViewModel.Mode.WEEK ? weekButton : monthButton)
                .setSelected(true));
        zoneChoice.setConverter(Converters.displaying(ZoneChoices::label));
        zoneChoice.getItems().setAll(ZoneChoices.around(model.zoneProperty().get()));
        zoneChoice.setValue(model.zoneProperty().get());
        zoneChoice.valueProperty().addListener((obs, old, zone) -> {
            if (zone != null && !zone.equals(model.zoneProperty().get())) {
                model.zoneProperty().set(zone);
            }
        });
        model.zoneProperty().addListener((obs, old, zone) -> {
            if (!zoneChoice.getItems().contains(zone)) {
                zoneChoice.getItems().add(0, zone);
            }
            zoneChoice.setValue(zone);
        });
        periodLabel.textProperty().bind(model.titleProperty());
        clashLabel.textProperty().bind(model.clashTextProperty());
        clashLabel.managedProperty().bind(model.clashTextProperty().isNotEmpty());
        calendarNotice.textProperty().bind(model.noticeProperty());
        calendarNotice.managedProperty().bind(model.noticeProperty().isNotEmpty());
        model.entries().addListener((ListChangeListener<Object>) change -> redraw());
        model.clashesProperty().addListener((obs, old, now) -> redraw());
        Runnable offPosts = FxEvents.onFxThread(context.events(), PostsChanged.class, e -> model.reload());
        Runnable offCampaigns = FxEvents.onFxThread(context.events(), CampaignsChanged.class, e -> model.reload());
        unsubscribe = () -> {
            offPosts.run();
            offCampaigns.run();
        };
        redraw();
    }

    private void redraw() {
        gridHost.getChildren().setAll(grid.build());
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

    CalendarViewModel model() {
        return model;
    }

    @FXML
    void previous() {
        model.previous();
    }

    @FXML
    void next() {
        model.next();
    }

    @FXML
    void today() {
        model.today();
    }
}
