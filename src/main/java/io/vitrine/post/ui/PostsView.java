package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.CampaignsChanged;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.ui.BrandSetupView;
import io.vitrine.brand.ui.CampaignsView;
import io.vitrine.common.Formats;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFilter;
import io.vitrine.post.PostSummary;
import io.vitrine.post.PostsChanged;
import io.vitrine.post.ScheduleImport;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.EmptyState;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Posts section: the list of posts (filter by status, search captions), the composer for the
 * selected or new post, campaigns, CSV bulk scheduling, and pins that need fixing after a re-import.
 */
public final class PostsView implements SectionView {
    static final Map<String, PostFilter> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("All", PostFilter.active());
        FILTERS.put("Drafts", PostFilter.of(PublishState.DRAFT));
        FILTERS.put("Scheduled", PostFilter.of(PublishState.SCHEDULED, PublishState.QUEUED));
        FILTERS.put("Published", PostFilter.of(PublishState.PUBLISHED));
        FILTERS.put("Failed", PostFilter.of(PublishState.FAILED));
        FILTERS.put("Archived", PostFilter.of(PublishState.ARCHIVED));
    }

    @FXML Parent postsRoot;
    @FXML Button newPostButton;
    @FXML ChoiceBox<String> statusFilter;
    @FXML TextField searchField;
    @FXML Button staleTagsButton;
    @FXML ListView<PostSummary> postList;
    @FXML Label countLabel;
    @FXML StackPane editorHost;

    private final StudioContext context;
    private final PostFeature feature;
    private final ImageCache images;
    private final ComposerView composer;
    private final Parent root;
    private final Map<Long, ZoneId> brandZones = new HashMap<>();
    private final Runnable unsubscribe;
    private boolean selecting;

    public PostsView(StudioContext context) {
        this(context, context.feature(PostFeature.class), new FxAutosaveTimer());
    }

    PostsView(StudioContext context, PostFeature feature, AutosaveTimer autosave) {
        this.context = context;
        this.feature = feature;
        this.images = new ImageCache(feature.images(), context.tasks());
        ComposerViewModel model = new ComposerViewModel(feature, context.tasks(), context.dialogs(), context.events(), autosave);
        this.composer = new ComposerView(model, images, context.dialogs());
        root = ViewLoader.load(this);
        root.getStylesheets().add(PostsView.class.getResource("posts.css").toExternalForm());
        statusFilter.getItems().setAll(FILTERS.keySet());
        statusFilter.setValue("All");
        statusFilter.valueProperty().addListener((obs, old, now) -> refresh());
        searchField.textProperty().addListener((obs, old, now) -> refresh());
        postList.setCellFactory(list -> new PostCell(images, p -> brandZones.getOrDefault(p.brandId(), ZoneId.systemDefault())));
        postList.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null && !selecting) {
                openPost(post.id());
            }
        });
        model.setOnOpenPost(this::openPost);
        model.setOnClosed(this::showNothing);
        staleTagsButton.setVisible(false);
        staleTagsButton.setManaged(false);
        Runnable offPosts = FxEvents.onFxThread(context.events(), PostsChanged.class, e -> refresh());
        Runnable offCampaigns = FxEvents.onFxThread(context.events(), CampaignsChanged.class, e -> refresh());
        unsubscribe = () -> {
            offPosts.run();
            offCampaigns.run();
        };
        showNothing();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        refresh();
    }

    @Override
    public void open(long postId) {
        openPost(postId);
    }

    @Override
    public void dispose() {
        composer.model().flushAutosave();
        unsubscribe.run();
    }

    /** Reloads the list, brand zones and the stale-pin count, keeping the selection. */
    void refresh() {
        PostFilter base = FILTERS.getOrDefault(statusFilter.getValue(), PostFilter.active());
        PostFilter filter = new PostFilter(base.statuses(), null, searchField.getText());
        context.tasks().submitQuietly(progress -> new ListState(feature.posts().list(filter), feature.brands().list(),
                feature.staleTags().count(), feature.campaigns().list()), this::showList,
                error -> context.dialogs().showError("Cannot list the posts", error));
    }

    private record ListState(List<PostSummary> posts, List<BrandProfile> brands, int stalePins,
                             List<io.vitrine.brand.Campaign> campaigns) {
    }

    private void showList(ListState state) {
        state.brands().forEach(b -> brandZones.put(b.id(), b.timeZone()));
        Long open = composer.model().state().postProperty().get().id();
        selecting = true;
        try {
            postList.getItems().setAll(state.posts());
            state.posts().stream().filter(p -> p.id() == (open == null ? -1 : open)).findFirst()
                    .ifPresent(p -> postList.getSelectionModel().select(p));
        } finally {
            selecting = false;
        }
        countLabel.setText(Formats.count(state.posts().size()) + " post" + (state.posts().size() == 1 ? "" : "s"));
        staleTagsButton.setText(state.stalePins() + " pin" + (state.stalePins() == 1 ? " points" : "s point")
                + " at products shoppers cannot buy. Fix…");
        staleTagsButton.setVisible(state.stalePins() > 0);
        staleTagsButton.setManaged(state.stalePins() > 0);
        composer.setCampaigns(state.campaigns());
    }

    void openPost(long id) {
        composer.model().open(id);
        editorHost.getChildren().setAll(composer.root());
    }

    @FXML
    void newPost() {
        context.tasks().submit("Preparing a new post", progress -> feature.brands().list(), brands -> {
            if (brands.isEmpty()) {
                editorHost.getChildren().setAll(new BrandSetupView(feature.brands(), context, brand -> startNew(brand)).root());
            } else {
                startNew(brands.get(0));
            }
        });
    }

    private void startNew(BrandProfile brand) {
        selecting = true;
        postList.getSelectionModel().clearSelection();
        selecting = false;
        composer.model().startNew(brand);
        editorHost.getChildren().setAll(composer.root());
    }

    @FXML
    void showStaleTags() {
        editorHost.getChildren().setAll(new StaleTagsView(feature, context, this::openPost).root());
    }

    @FXML
    void showCampaigns() {
        editorHost.getChildren().setAll(new CampaignsView(context).root());
    }

    @FXML
    void importSchedule() {
        context.dialogs().chooseFileToOpen("Import schedule", List.of(FileType.of("CSV files", "*.csv", "*.CSV")))
                .ifPresent(file -> context.tasks().submit("Importing " + file.getFileName(), progress ->
                        new ScheduleImport(feature.creator()).run(file, feature.brands().choose(null), false, progress), report -> {
                            context.events().publish(new PostsChanged(null));
                            context.dialogs().showInfo("Imported " + file.getFileName(), ScheduleReportText.of(report));
                        }));
    }

    private void showNothing() {
        editorHost.getChildren().setAll(new EmptyState(Feather.IMAGE, "Compose a shoppable post",
                "Pick a post on the left, or start a new one: add photos, pin products from your catalog, write the caption"
                        + " and schedule it.").withAction("New post", this::newPost));
    }

    ComposerView composer() {
        return composer;
    }
}
