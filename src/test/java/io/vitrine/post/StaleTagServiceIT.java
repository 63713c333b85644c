package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a re-import: pins on removed, out-of-stock or unknown products are listed and fixed in one click. */
class StaleTagServiceIT {
    @TempDir
    Path dir;

    @Test
    void listsStalePinsWithVariantsToRetagToAndFixesThem() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("s.vitrine"))) {
            PostFeature feature = PostFeature.of(workspace.database());
            var image = feature.images().put(PostFixtures.photo(dir, "a.jpg", 400, 400));
            Post post = feature.posts().saveDraft(Post.newDraft(PostFixtures.brandId(workspace)).withCaption("Cosy corner")
                    .withImagesAndTags(List.of(PostImage.uncropped(image.sha256(), 400, 400)), List.of(
                            new Tag(0, "LAMP-SAND", 0.1, 0.1), new Tag(0, "LAMP-INK", 0.2, 0.2),
                            new Tag(0, "THROW-OLD", 0.3, 0.3), new Tag(0, "GHOST", 0.4, 0.4))));
            // a re-import removes the sand lamp
            workspace.database().write(sql -> sql.update("UPDATE catalog_item SET removed = 1 WHERE id = 'LAMP-SAND'"));

            List<StaleTag> stale = feature.staleTags().list();
            assertThat(stale).extracting(StaleTag::itemId, StaleTag::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("LAMP-SAND", StaleTag.Reason.REMOVED),
                    org.assertj.core.groups.Tuple.tuple("LAMP-INK", StaleTag.Reason.OUT_OF_STOCK),
                    org.assertj.core.groups.Tuple.tuple("THROW-OLD", StaleTag.Reason.REMOVED),
                    org.assertj.core.groups.Tuple.tuple("GHOST", StaleTag.Reason.MISSING));
            assertThat(stale.get(0).alternatives()).extracting(ItemSummary::id).containsExactly("LAMP-SAGE");
            assertThat(stale.get(0).postHeadline()).isEqualTo("Cosy corner");
            assertThat(feature.staleTags().count()).isEqualTo(4);

            feature.staleTags().retag(stale.get(0).tagId(), "LAMP-SAGE");
            feature.staleTags().retag(stale.get(1).tagId(), "LAMP-SAGE");
            feature.staleTags().remove(stale.get(2).tagId());
            feature.staleTags().remove(stale.get(3).tagId());
            assertThat(feature.staleTags().list()).isEmpty();
            assertThat(feature.posts().require(post.id()).tags()).extracting(Tag::itemId, Tag::x).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("LAMP-SAGE", 0.1), org.assertj.core.groups.Tuple.tuple("LAMP-SAGE", 0.2));
            // archived posts are not nagged about
            workspace.database().write(sql -> sql.update("UPDATE catalog_item SET removed = 1 WHERE id = 'LAMP-SAGE'"));
            assertThat(feature.staleTags().count()).isEqualTo(2);
            feature.posts().archive(post.id());
            assertThat(feature.staleTags().count()).isZero();
        }
    }
}
