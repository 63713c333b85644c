package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.common.EditHistory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    static Post twoPhotos() {
        return Post.newDraft(1).withImagesAndTags(List.of(PostImage.uncropped("a", 10, 10), PostImage.uncropped("b", 10, 10)),
                List.of());
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEveryEdit() {
        EditHistory<Post> history = PostEdit.history(twoPhotos());
        history.apply(new PostEdit.AddTag(new Tag(0, "LAMP", 0.2, 0.3)));
        history.apply(new PostEdit.SetCallToAction(CallToAction.SHOP_NOW));
        history.apply(new PostEdit.RemoveImage(1));
        assertThat(history.undoLabel()).hasValue("Remove photo");

        assertThat(history.undo().images()).hasSize(2);
        assertThat(history.undo().callToAction()).isNull();
        assertThat(history.undo().tags()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redoLabel()).hasValue("Tag product");

        assertThat(history.redo().tags()).hasSize(1);
        assertThat(history.redo().callToAction()).isEqualTo(CallToAction.SHOP_NOW);
        // a new edit forgets what could be redone
        history.apply(new PostEdit.EditCaption("New"));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.current().images()).hasSize(2);
    }

    @Test
    void typingAndDraggingAreOneStepEach() {
        EditHistory<Post> history = PostEdit.history(twoPhotos().withImagesAndTags(twoPhotos().images(),
                List.of(new Tag(0, "LAMP", 0.5, 0.5))));
        for (String text : List.of("E", "Ev", "Eve", "Even")) {
            history.apply(new PostEdit.EditCaption(text));
        }
        history.seal();
        history.apply(new PostEdit.EditCaption("Evenings"));
        for (double x = 0.51; x < 0.6; x += 0.01) {
            history.apply(new PostEdit.MoveTag(0, x, 0.5, 42));
        }
        history.apply(new PostEdit.MoveTag(0, 0.7, 0.5, 43)); // a second drag
        assertThat(history.undo().tags().get(0).x()).isCloseTo(0.59, org.assertj.core.api.Assertions.within(0.011));
        assertThat(history.undo().tags().get(0).x()).isEqualTo(0.5);
        assertThat(history.undo().caption()).isEqualTo("Even");
        assertThat(history.undo().caption()).isEmpty();
    }

    @Test
    void reorderingPhotosTakesTheirPinsAlong() {
        Post post = Post.newDraft(1).withImagesAndTags(List.of(PostImage.uncropped("a", 10, 10), PostImage.uncropped("b", 10, 10),
                PostImage.uncropped("c", 10, 10)), List.of(new Tag(0, "A", 0.1, 0.1), new Tag(2, "C", 0.3, 0.3)));
        Post moved = new PostEdit.MoveImage(2, 0).apply(post);
        assertThat(moved.images()).extracting(PostImage::imageSha256).containsExactly("c", "a", "b");
        assertThat(moved.tags()).extracting(Tag::itemId, Tag::imagePosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("C", 0));
        Post removed = new PostEdit.RemoveImage(0).apply(moved);
        assertThat(removed.tags()).extracting(Tag::itemId, Tag::imagePosition).containsExactly(org.assertj.core.groups.Tuple.tuple("A", 0));
    }

    @Test
    void undoKeepsTheIdTheSaveGaveThePost() {
        EditHistory<Post> history = PostEdit.history(Post.newDraft(1));
        history.apply(new PostEdit.EditCaption("Hello"));
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        history.rebase(history.current().saved(7, PublishState.DRAFT, now, now));
        Post undone = history.undo();
        assertThat(undone.caption()).isEmpty();
        assertThat(undone.id()).isEqualTo(7L);
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() {
        EditHistory<Post> history = PostEdit.history(Post.newDraft(1));
        history.apply(new PostEdit.SetCampaign(null));
        assertThat(history.canUndo()).isFalse();
    }
}
