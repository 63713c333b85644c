package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.brand.PublishState;
import io.vitrine.common.Problem;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts on a real workspace file: drafts, scheduling, autosave, duplicate, archive, reschedule. */
class PostServiceIT {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dir;
    Workspace workspace;
    PostFeature feature;
    Post photoPost;

    @BeforeEach
    void setUp() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("p.vitrine"));
        feature = PostFeature.of(workspace.database(), Clock.fixed(NOW, ZoneOffset.UTC));
        var image = feature.images().put(PostFixtures.photo(dir, "a.jpg", 800, 1000));
        photoPost = Post.newDraft(PostFixtures.brandId(workspace)).withCaption("Hello #home")
                .withImagesAndTags(List.of(PostImage.uncropped(image.sha256(), image.width(), image.height())),
                        List.of(new Tag(0, "LAMP-SAND", 0.3, 0.4)));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aDraftRoundTripsWithPhotosCropsAndPins() {
        Post cropped = photoPost.withImagesAndTags(List.of(photoPost.images().get(0).croppedTo(AspectRatio.SQUARE)), photoPost.tags())
                .withInterests(List.of("home decor", "lighting")).withCallToAction(CallToAction.SHOP_NOW);
        Post saved = feature.posts().saveDraft(cropped);
        assertThat(saved.id()).isNotNull();
        Post loaded = feature.posts().require(saved.id());
        assertThat(loaded.images()).isEqualTo(cropped.images());
        assertThat(loaded.tags()).isEqualTo(cropped.tags());
        assertThat(loaded.interests()).containsExactly("home decor", "lighting");
        assertThat(loaded.callToAction()).isEqualTo(CallToAction.SHOP_NOW);
        assertThat(loaded.updatedAt()).isEqualTo(NOW);
        assertThat(workspace.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT call_to_action FROM post"))).hasValue("shop_now");
    }

    @Test
    void schedulingStoresTheUtcInstantAndTheZoneAndRefusesThePast() {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        Post scheduled = feature.posts().schedule(photoPost, at, PostFixtures.PARIS);
        assertThat(scheduled.status()).isEqualTo(PublishState.SCHEDULED);
        assertThat(workspace.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT scheduled_at || ' ' || schedule_time_zone || ' ' || status FROM post")))
                .hasValue("2026-12-01T09:00:00Z Europe/Paris scheduled");
        assertThatThrownBy(() -> feature.posts().schedule(photoPost, NOW.minusSeconds(1), PostFixtures.PARIS))
                .isInstanceOf(PostRejectedException.class).hasMessageContaining("in the past");
        assertThatThrownBy(() -> feature.posts().schedule(Post.newDraft(photoPost.brandId()), at, PostFixtures.PARIS))
                .hasMessageContaining("at least one photo");
    }

    @Test
    void twoPostsAtTheSameMinuteOnOneProfileAreWarned() {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        Post first = feature.posts().schedule(photoPost, at, PostFixtures.PARIS);
        Post second = photoPost.withSchedule(at.plusSeconds(30), PostFixtures.PARIS);
        assertThat(feature.posts().check(second, true)).filteredOn(p -> p.field().equals("schedule"))
                .extracting(Problem::message).containsExactly("Post #" + first.id()
                        + " of this brand also goes out at that minute; followers see them back to back.");
        assertThat(feature.posts().check(photoPost.withSchedule(at.plusSeconds(60), null), true))
                .noneMatch(p -> p.field().equals("schedule"));
    }

    @Test
    void draftsAutosaveIntoThePostTablesScheduledPostsAside() {
        Post draft = feature.posts().autosave(photoPost);
        assertThat(draft.id()).isNotNull();
        assertThat(feature.posts().require(draft.id()).caption()).isEqualTo("Hello #home");
        // an empty new post is not worth a row
        assertThat(feature.posts().autosave(Post.newDraft(photoPost.brandId())).id()).isNull();

        Post scheduled = feature.posts().schedule(draft, Instant.parse("2026-12-01T09:00:00Z"), PostFixtures.PARIS);
        feature.posts().autosave(scheduled.withCaption("Half-typed chan"));
        // the sync engine still sees the scheduled post exactly as it was saved
        assertThat(feature.posts().require(scheduled.id()).caption()).isEqualTo("Hello #home");
        assertThat(feature.posts().unsavedChanges(scheduled.id())).hasValueSatisfying(kept -> {
            assertThat(kept.state().caption()).isEqualTo("Half-typed chan");
            assertThat(kept.state().images()).isEqualTo(scheduled.images());
        });
        feature.posts().saveChanges(scheduled.withCaption("Half-typed change, finished"));
        assertThat(feature.posts().require(scheduled.id()).caption()).isEqualTo("Half-typed change, finished");
        assertThat(feature.posts().unsavedChanges(scheduled.id())).isEmpty();
    }

    @Test
    void duplicateArchiveUnscheduleAndReschedule() {
        Post scheduled = feature.posts().schedule(photoPost, Instant.parse("2026-12-01T09:00:00Z"), PostFixtures.PARIS);
        Post copy = feature.posts().duplicate(scheduled.id());
        assertThat(copy.status()).isEqualTo(PublishState.DRAFT);
        assertThat(copy.scheduledAt()).isNull();
        assertThat(feature.posts().require(copy.id()).tags()).isEqualTo(scheduled.tags());

        Post moved = feature.posts().reschedule(scheduled.id(), Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(moved.scheduledAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThatThrownBy(() -> feature.posts().reschedule(scheduled.id(), NOW.minusSeconds(3600))).hasMessageContaining("past");

        assertThat(feature.posts().unschedule(scheduled.id()).status()).isEqualTo(PublishState.DRAFT);
        feature.posts().archive(copy.id());
        assertThat(feature.posts().list(PostFilter.active())).extracting(PostSummary::id).containsExactly(scheduled.id());
        assertThat(feature.posts().list(PostFilter.of(PublishState.ARCHIVED))).extracting(PostSummary::id).containsExactly(copy.id());
        assertThatThrownBy(() -> feature.posts().saveChanges(feature.posts().require(copy.id()).withCaption("x")))
                .hasMessageContaining("archived");
    }

    @Test
    void everyChangeMovesUpdatedAtForTheSyncEngine() {
        Post saved = feature.posts().saveDraft(photoPost);
        Clock later = Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC);
        PostFeature next = PostFeature.of(workspace.database(), later);
        next.posts().saveDraft(saved.withCaption("changed"));
        assertThat(next.posts().require(saved.id()).updatedAt()).isEqualTo(NOW.plusSeconds(120));
        next.posts().archive(saved.id());
        long tagId = workspace.database().read(sql -> sql.scalar("SELECT id FROM post_tag"));
        PostFeature third = PostFeature.of(workspace.database(), Clock.fixed(NOW.plusSeconds(240), ZoneOffset.UTC));
        third.staleTags().remove(tagId);
        assertThat(third.posts().require(saved.id()).updatedAt()).isEqualTo(NOW.plusSeconds(240));
    }
}
