package io.vitrine.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.post.Tag;
import io.vitrine.ui.FxWait;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Posts section's side screens, driven by fx:id: fixing stale pins after a re-import, and managing campaigns. */
class StaleTagsAndCampaignsTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;
    final ViewFixture fixture = new ViewFixture();

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        workspace.close();
    }

    @Test
    void stalePinsAreListedAndFixedInOneClick() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("s.vitrine"));
        PostFeature feature = PostFeature.of(workspace.database());
        var image = feature.images().put(PostFixtures.photo(dir, "a.jpg", 600, 600));
        Post post = feature.posts().saveDraft(Post.newDraft(PostFixtures.brandId(workspace)).withCaption("Reading corner")
                .withImagesAndTags(List.of(PostImage.uncropped(image.sha256(), 600, 600)),
                        List.of(new Tag(0, "LAMP-SAND", 0.2, 0.2), new Tag(0, "THROW-OLD", 0.6, 0.6))));
        workspace.database().write(sql -> sql.update("UPDATE catalog_item SET removed = 1 WHERE id = 'LAMP-SAND'"));
        fixture.show(workspace, PostsView::new, 1280, 800);

        FxWait.until(() -> lookup("#staleTagsButton").query().isVisible());
        assertThat(lookup("#staleTagsButton").queryButton().getText()).startsWith("2 pins point at products");
        clickOn("#staleTagsButton");
        long sandTag = tagId("LAMP-SAND");
        long throwTag = tagId("THROW-OLD");
        FxWait.until(() -> lookup("#retag" + sandTag).tryQuery().isPresent());
        assertThat(lookup("#staleVariants" + sandTag).queryComboBox().getValue()).extracting("id").isEqualTo("LAMP-SAGE");
        assertThat(lookup("#retag" + throwTag).queryAs(Button.class).isDisabled()).isTrue(); // no variant to go to
        clickOn("#retag" + sandTag);
        clickOn("#removeStale" + throwTag);
        FxWait.until(() -> feature.staleTags().count() == 0);
        assertThat(feature.posts().require(post.id()).tags()).extracting(Tag::itemId).containsExactly("LAMP-SAGE");
        FxWait.until(() -> !lookup("#staleTagsButton").query().isVisible());
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void campaignsAreCreatedCheckedAndEdited() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("c.vitrine"));
        fixture.show(workspace, PostsView::new, 1280, 800);
        clickOn("#moreMenu").clickOn("Campaigns…");
        FxWait.until(() -> lookup("#campaignsTable").queryTableView().getItems().size() == 1);

        clickOn("#campaignName").write("Winter Glow");
        LocalDate start = LocalDate.of(2026, 12, 1);
        clickOn("#campaignStart").write(converter("#campaignStart").toString(start));
        clickOn("#campaignEnd").write(converter("#campaignEnd").toString(start.minusDays(3)));
        clickOn("#campaignGoal").write("500 add-to-carts");
        clickOn("#saveCampaignButton");
        FxWait.until(() -> !lookup("#campaignError").queryLabeled().getText().isEmpty());
        assertThat(lookup("#campaignError").queryLabeled().getText()).contains("ends (2026-11-28) before it starts (2026-12-01)");

        clickOn("#campaignEnd").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write(converter("#campaignEnd").toString(start.plusDays(30)));
        clickOn("#campaignGoal");
        clickOn("#saveCampaignButton");
        FxWait.until(() -> lookup("#campaignsTable").queryTableView().getItems().size() == 2);
        Optional<String> stored = workspace.database().read(sql -> sql.text(
                "SELECT starts_on || '..' || ends_on || ' ' || goal FROM campaign WHERE name = 'Winter Glow'"));
        assertThat(stored).hasValue("2026-12-01..2026-12-31 500 add-to-carts");
    }

    @SuppressWarnings("unchecked")
    private javafx.util.StringConverter<LocalDate> converter(String query) {
        Node node = lookup(query).query();
        return ((javafx.scene.control.DatePicker) node).getConverter();
    }

    private long tagId(String item) {
        return workspace.database().read(sql -> sql.scalar("SELECT id FROM post_tag WHERE item_id = ?", item));
    }
}
