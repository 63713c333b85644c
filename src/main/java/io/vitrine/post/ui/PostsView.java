package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.brand.CampaignsChanged;
import io.vitrine.brand.ui.BrandSetupView;
import io.vitrine.brand.ui.BrandSetupViewModel;
import io.vitrine.brand.ui.CampaignsView;
import io.vitrine.brand.ui.CampaignsViewModel;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostSummary;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.EmptyState;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.ImageCache;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Posts section: the list of posts (filter by status, search captions), the composer for the
 * selected or new post, campaigns, CSV bulk scheduling, and pins that need fixing after a re-import.
 */
public final class PostsView implements SectionView {
    private static final List<FileType> SCHEDULE_FILES = List.of(FileType.of("CSV files", "*.csv", "*.CSV"));

    @FXML
    private ChoiceBox<String> statusFilter;
    @FXML
    private TextField searchField;
    @FXML
    private Button staleTagsButton;
    @FXML
    private ListView<PostSummary> postList;
    @FXML
    private Label countLabel;
    @FXML
    private StackPane editorHost;

    private final StudioContext context;
    private final PostFeature feature;
    private final PostsViewModel model;
    private final ComposerView composer;
    private final Parent root;
    private final Runnable unsubscribe;
    private boolean selecting;

    public PostsView(StudioContext context) {
        this(context, new FxAutosaveTimer());
    }

    PostsView(StudioContext context, AutosaveTimer autosave) {
        this.context = context;
        this.feature = context.feature(PostFeature.class);
        this.model = new PostsViewModel(feature, context.tasks(), context.dialogs(), context.events());
        ImageCache images = new ImageCache(feature.images(), context.tasks());
        ComposerViewModel composerModel = new ComposerViewModel(feature, context.tasks(), context.dialogs(), context.events(),
                autosave);
        this.composer = new ComposerView(composerModel, images, new ProductPicker(context.feature(CatalogFeature.class),
                context.tasks()), context.dialogs());
        root = ViewLoader.load(this);
        bindList(images);
        composerModel.setOnOpenPost(this::openPost);
        composerModel.setOnClosed(this::showNothing);
        Runnable offPosts = FxEvents.onFxThread(context.events(), PostsChanged.class, e -> model.refresh());
        Runnable offCampaigns = FxEvents.onFxThread(context.events(), CampaignsChanged.class, e -> model.refresh());
        unsubscribe = () -> {
            offPosts.run();
            offCampaigns.run();
        };
        showNothing();
    }

    private void bindList(ImageCache images) {
        statusFilter.getItems().setAll(model.filters());
        statusFilter.valueProperty().bindBidirectional(model.filterProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        postList.setCellFactory(list -> new PostCell(images, model::zoneOf));
        postList.setContextMenu(resultsMenu());
        postList.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null && !selecting) {
                openPost(post.id());
            }
        });
        model.posts().addListener((ListChangeListener<PostSummary>) change -> showPosts());
        model.campaigns().addListener((ListChangeListener<Object>) change -> composer.setCampaigns(model.campaigns()));
        countLabel.textProperty().bind(model.countProperty());
        staleTagsButton.textProperty().bind(model.staleTextProperty());
        staleTagsButton.visibleProperty().bind(model.stalePinsProperty().greaterThan(0));
        staleTagsButton.managedProperty().bind(staleTagsButton.visibleProperty());
    }

    /** "Open results in Insights" for a published post of the list (right-click). */
    private ContextMenu resultsMenu() {
        MenuItem results = new MenuItem("Open results in Insights");
        results.setId("postResultsItem");
        results.setOnAction(e -> model.openResults(postList.getSelectionModel().getSelectedItem()));
        ContextMenu menu = new ContextMenu(results);
        menu.setOnShowing(e -> results.setDisable(!model.hasResults(postList.getSelectionModel().getSelectedItem())));
        return menu;
    }

    /** The list as read, with the post being composed still selected. */
    private void showPosts() {
        Long open = composer.model().state().postProperty().get().id();
        selecting = true;
        try {
            postList.getItems().setAll(model.posts());
            model.posts().stream().filter(p -> p.id() == (open == null ? -1 : open)).findFirst()
                    .ifPresent(p -> postList.getSelectionModel().select(p));
        } finally {
            selecting = false;
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
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

    void openPost(long id) {
        composer.model().open(id);
        editorHost.getChildren().setAll(composer.root());
    }

    @FXML
    void newPost() {
        model.newPost(this::startNew, () -> editorHost.getChildren().setAll(new BrandSetupView(
                new BrandSetupViewModel(feature.brands(), context.tasks(), this::startNew)).root()));
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
        editorHost.getChildren().setAll(new StaleTagsView(new StaleTagsViewModel(feature.staleTags(), context.tasks(),
                context.events()), this::openPost).root());
    }

    @FXML
    void showCampaigns() {
        editorHost.getChildren().setAll(new CampaignsView(new CampaignsViewModel(feature.campaigns(),
                context.feature(CampaignUsage.class), context.tasks(), context.dialogs(), context.events(),
                context.status())).root());
    }

    @FXML
    void importSchedule() {
        context.dialogs().chooseFileToOpen("Import schedule", SCHEDULE_FILES).ifPresent(model::importSchedule);
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
