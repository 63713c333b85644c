package io.vitrine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.common.EventBus;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.sync.TokenStore;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarServiceIT {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dir;

    @Test
    void showsPostsAndPollsFlagsClashesAndMovesThem() throws Exception {
        try (Workspace workspace = PostFixtures.workspace(dir.resolve("c.vitrine"))) {
            StudioFeatures features = StudioFeatures.of(workspace, new EventBus(), TokenStore.inUserConfig(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            PostFeature feature = features.posts();
            CalendarService calendar = features.calendar().calendar();
            long brand = PostFixtures.brandId(workspace);
            var image = feature.images().put(PostFixtures.photo(dir, "a.jpg", 400, 400));
            Post base = Post.newDraft(brand).withImagesAndTags(List.of(PostImage.uncropped(image.sha256(), 400, 400)), List.of());
            Instant nine = Instant.parse("2026-12-01T09:00:00Z");
            Post a = feature.posts().schedule(base.withCaption("A"), nine, PostFixtures.PARIS);
            Post b = feature.posts().schedule(base.withCaption("B"), nine.plusSeconds(20), PostFixtures.PARIS);
            Post c = feature.posts().schedule(base.withCaption("C"), nine.plusSeconds(3600), PostFixtures.PARIS);
            workspace.database().write(sql -> {
                sql.update("UPDATE post SET status = 'published', published_at = '2026-11-20T08:00:00Z' WHERE id = ?", c.id());
                return sql.insert("INSERT INTO poll(brand_id, question, duration_hours, status, scheduled_at, created_at, updated_at)"
                        + " VALUES (?, 'Sand or sage?', 24, 'scheduled', '2026-12-01T12:00:00Z', 'x', 'x')", brand);
            });

            List<CalendarEntry> entries = calendar.between(Instant.parse("2026-11-01T00:00:00Z"),
                    Instant.parse("2026-12-31T00:00:00Z"));
            assertThat(entries).extracting(CalendarEntry::title).containsExactly("C", "A", "B", "Sand or sage?");
            assertThat(entries.get(0).movable()).isFalse();
            assertThat(entries.get(3).kind()).isEqualTo(CalendarEntry.Kind.POLL);
            assertThat(CalendarService.clashes(entries)).extracting(CalendarEntry::id).containsExactlyInAnyOrder(a.id(), b.id());

            List<CalendarEntry> clashing = calendar.move(entries.get(1), Instant.parse("2026-12-03T09:00:00Z"));
            assertThat(clashing).isEmpty();
            assertThat(feature.posts().require(a.id()).scheduledAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
            // moving B onto C's old minute is fine; onto A's new minute is a clash, reported
            CalendarEntry bEntry = entries.get(2);
            assertThat(calendar.move(bEntry, Instant.parse("2026-12-03T09:00:30Z"))).extracting(CalendarEntry::id)
                    .containsExactly(a.id());
            calendar.move(entries.get(3), Instant.parse("2026-12-04T12:00:00Z"));
            assertThat(workspace.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT scheduled_at FROM poll"))).hasValue("2026-12-04T12:00:00Z");
            assertThatThrownBy(() -> calendar.move(entries.get(0), Instant.parse("2026-12-05T09:00:00Z")))
                    .hasMessageContaining("cannot be moved");
        }
    }
}
