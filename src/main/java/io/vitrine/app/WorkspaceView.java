package io.vitrine.app;

import io.vitrine.catalog.ui.PictureScan;
import io.vitrine.common.Formats;
import io.vitrine.conversation.ui.UnansweredCount;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.Icons;
import io.vitrine.ui.OpenCatalogItem;
import io.vitrine.ui.OpenItem;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** An open workspace: navigation on the left, the current section on the right. Sections are built on first visit. */
final class WorkspaceView {
    static final String NAV_BUTTON = "nav-button";
    @FXML
    private VBox navBox;
    @FXML
    private StackPane contentPane;
    @FXML
    private Label workspaceNameLabel;

    private final Parent root;
    private final StudioContext context;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<Section, SectionView> built = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private Section current;
    private final Runnable stopListening;
    private final UnansweredCount unanswered;

    WorkspaceView(StudioContext context) {
        this.context = context;
        this.unanswered = new UnansweredCount(context);
        root = ViewLoader.load(this);
        workspaceNameLabel.setText(context.workspace().name());
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), Icons.of(section.icon()));
            button.setId(section.navId());
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add(NAV_BUTTON);
            button.setOnAction(e -> show(section));
            buttons.put(section, button);
            navBox.getChildren().add(section == Section.INBOX ? withCount(button) : button);
        }
        context.status().inboxProperty().bind(unanswered.textProperty());
        unanswered.refresh();
        Runnable stopOpen = FxEvents.onFxThread(context.events(), OpenItem.class, this::open);
        Runnable stopCatalog = FxEvents.onFxThread(context.events(), OpenCatalogItem.class, request -> {
            show(Section.CATALOG);
            built.get(Section.CATALOG).open(request.itemId());
        });
        stopListening = () -> {
            stopOpen.run();
            stopCatalog.run();
        };
        PictureDrop.install(root, new PictureScan(context));
        // keep one section always selected: clicking the current button again must not unselect it
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    Parent root() {
        return root;
    }

    /** The Inbox button with the number of unanswered questions on its right (clicks go to the button). */
    private Node withCount(ToggleButton button) {
        Label badge = new Label();
        badge.setId("inboxBadge");
        badge.getStyleClass().add("nav-badge");
        badge.setMouseTransparent(true);
        badge.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(unanswered.countProperty().get()),
                unanswered.countProperty()));
        badge.visibleProperty().bind(unanswered.countProperty().greaterThan(0));
        StackPane row = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 10, 0, 0));
        return row;
    }

    Section current() {
        return current;
    }

    void show(Section section) {
        SectionView view = built.computeIfAbsent(section, s -> Sections.create(s, context));
        contentPane.getChildren().setAll(view.root());
        buttons.get(section).setSelected(true);
        current = section;
        view.onShow();
    }

    /** Switches to the item's section and lets that screen show it. */
    private void open(OpenItem request) {
        Section section = switch (request.kind()) {
            case POST -> Section.POSTS;
            case POLL -> Section.POLLS;
            case POST_RESULTS -> Section.INSIGHTS;
        };
        show(section);
        built.get(section).open(request.id());
    }

    /** File → Scan Picture…: choose a picture and find its items. */
    void scanPicture() {
        new PictureScan(context).chooseAndScan();
    }

    void dispose() {
        stopListening.run();
        unanswered.close();
        context.status().inboxProperty().unbind();
        context.status().inboxProperty().set("");
        built.values().forEach(SectionView::dispose);
        built.clear();
    }
}
