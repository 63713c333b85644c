package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.common.EventBus;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostsChanged;
import io.vitrine.post.StaleTag;
import io.vitrine.post.Tag;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale pins without a screen: listed with their alternatives, retagged or removed in one command each. */
class StaleTagsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PostFeature feature;
    Post post;
    final EventBus events = new EventBus();
    final List<PostsChanged> changed = new ArrayList<>();
    StaleTagsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("s.vitrine"));
        feature = PostFeature.of(workspace.database());
        String photo = feature.images().put(PostFixtures.photo(dir, "a.jpg", 600, 600)).sha256();
        post = feature.posts().saveDraft(Post.newDraft(PostFixtures.brandId(workspace)).withCaption("Reading corner")
                .withImagesAndTags(List.of(PostImage.uncropped(photo, 600, 600)),
                        List.of(new Tag(0, "LAMP-INK", 0.2, 0.2), new Tag(0, "THROW-OLD", 0.6, 0.6))));
        events.subscribe(PostsChanged.class, changed::add);
        model = new StaleTagsViewModel(feature.staleTags(), new InlineTaskExecutor(new ScriptedDialogs()), events);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void stalePinsAreListedWithTheVariantsTheyCanMoveTo() {
        model.reload();
        assertThat(model.stale()).extracting(StaleTag::itemId).containsExactlyInAnyOrder("LAMP-INK", "THROW-OLD");
        assertThat(model.summaryProperty().get()).isEqualTo("2 pins in 1 post(s).");
        StaleTag ink = model.stale().stream().filter(t -> t.itemId().equals("LAMP-INK")).findFirst().orElseThrow();
        assertThat(ink.alternatives()).extracting(i -> i.id()).contains("LAMP-SAND", "LAMP-SAGE");
    }

    @Test
    void retaggingAndRemovingFixThePinsAndTellTheList() {
        model.reload();
        StaleTag ink = model.stale().stream().filter(t -> t.itemId().equals("LAMP-INK")).findFirst().orElseThrow();
        StaleTag old = model.stale().stream().filter(t -> t.itemId().equals("THROW-OLD")).findFirst().orElseThrow();
        model.retag(ink, ink.alternatives().get(0));
        model.remove(old);
        assertThat(feature.posts().require(post.id()).tags()).extracting(Tag::itemId).containsExactly(ink.alternatives().get(0).id());
        assertThat(model.stale()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Every pin points at a product shoppers can buy.");
        assertThat(changed).hasSize(2);
    }
}
