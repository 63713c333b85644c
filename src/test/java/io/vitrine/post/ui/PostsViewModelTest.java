package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.BrandProfile;
import io.vitrine.common.EventBus;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostSummary;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The posts list without a screen: filter, search, stale pins, a new post's brand, the CSV schedule import. */
class PostsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PostFeature feature;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final EventBus events = new EventBus();
    PostsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = PostFixtures.workspace(dir.resolve("p.vitrine"));
        feature = PostFeature.of(workspace.database());
        long brand = PostFixtures.brandId(workspace);
        feature.posts().saveDraft(Post.newDraft(brand).withCaption("Reading corner, with the sand lamp"));
        feature.posts().saveDraft(Post.newDraft(brand).withCaption("Linen season"));
        model = new PostsViewModel(feature, new InlineTaskExecutor(dialogs), dialogs, events);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theListFollowsTheFilterAndTheSearch() {
        model.refresh();
        assertThat(model.posts()).hasSize(2);
        assertThat(model.countProperty().get()).isEqualTo("2 posts");
        assertThat(model.filters()).containsExactly("All", "Drafts", "Scheduled", "Published", "Failed", "Archived");
        model.searchProperty().set("linen");
        assertThat(model.posts()).extracting(PostSummary::headline).containsExactly("Linen season");
        assertThat(model.countProperty().get()).isEqualTo("1 post");
        model.searchProperty().set("");
        model.filterProperty().set("Scheduled");
        assertThat(model.posts()).isEmpty();
        assertThat(model.campaigns()).extracting(c -> c.name()).containsExactly("Autumn Nest");
        model.filterProperty().set("All");
        assertThat(model.zoneOf(model.posts().get(0))).isEqualTo(PostFixtures.PARIS); // each post's time in its brand's zone
    }

    @Test
    void pinsOnProductsShoppersCannotBuyAreCounted() throws Exception {
        long brand = PostFixtures.brandId(workspace);
        String photo = feature.images().put(PostFixtures.photo(dir, "a.jpg", 100, 100)).sha256();
        feature.posts().saveDraft(Post.newDraft(brand).withCaption("Throw").withImagesAndTags(List.of(
                io.vitrine.post.PostImage.uncropped(photo, 100, 100)), List.of(new io.vitrine.post.Tag(0, "THROW-OLD", 0.5, 0.5))));
        model.refresh();
        assertThat(model.stalePinsProperty().get()).isEqualTo(1);
        assertThat(model.staleTextProperty().get()).isEqualTo("1 pin points at products shoppers cannot buy. Fix…");
    }

    @Test
    void aNewPostIsForTheWorkspacesBrandOrAsksForOne() {
        List<BrandProfile> composed = new ArrayList<>();
        boolean[] setUpBrand = {false};
        model.newPost(composed::add, () -> setUpBrand[0] = true);
        assertThat(composed).extracting(BrandProfile::handle).containsExactly("maisonlumiere");
        assertThat(setUpBrand[0]).isFalse();

        try (Workspace empty = Workspace.create(dir.resolve("empty.vitrine"), null)) {
            PostsViewModel fresh = new PostsViewModel(PostFeature.of(empty.database()), new InlineTaskExecutor(dialogs), dialogs,
                    events);
            fresh.newPost(composed::add, () -> setUpBrand[0] = true);
            assertThat(setUpBrand[0]).isTrue();
            assertThat(composed).hasSize(1);
        }
    }

    @Test
    void aScheduleCsvCreatesItsPostsAndSaysWhatEachRowBecame() throws Exception {
        List<PostsChanged> changed = new ArrayList<>();
        events.subscribe(PostsChanged.class, changed::add);
        PostFixtures.photo(dir, "corner.jpg", 600, 600);
        Path csv = Files.writeString(dir.resolve("schedule.csv"), "images,caption,tags,time\n"
                + "corner.jpg,Cosy corner,\"LAMP-SAND@0.5,0.5\",\n" + "missing.jpg,Broken row,,\n");
        model.importSchedule(csv);
        assertThat(changed).containsExactly(new PostsChanged(null));
        assertThat(dialogs.infos).singleElement().asString().startsWith("Imported schedule.csv: 1 post(s) created, 1 row(s) rejected.");
        model.refresh();
        assertThat(model.posts()).hasSize(3);
    }
}
