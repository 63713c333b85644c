package io.vitrine.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.calendar.CalendarEntry;
import io.vitrine.common.EventBus;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostsChanged;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.sync.TokenStore;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.OpenItem;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's state without a screen: the brand's zone, the month or week in view, clashes, moving an entry. */
class CalendarViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    Workspace workspace;
    PostFeature posts;
    final EventBus events = new EventBus();
    final List<Object> published = new ArrayList<>();
    CalendarViewModel model;
    Post a;
    Post b;

    @BeforeEach
    void setUp() throws Exception {
        workspace = PostFixtures.workspace(dir.resolve("c.vitrine"));
        StudioFeatures features = StudioFeatures.of(workspace, events, new TokenStore(dir.resolve("tokens")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        posts = features.posts();
        var image = posts.images().put(PostFixtures.photo(dir, "a.jpg", 400, 400));
        Post base = Post.newDraft(PostFixtures.brandId(workspace))
                .withImagesAndTags(List.of(PostImage.uncropped(image.sha256(), 400, 400)), List.of());
        Instant nine = DECEMBER.atTime(9, 0).atZone(PARIS).toInstant();
        a = posts.posts().schedule(base.withCaption("A"), nine, PARIS);
        b = posts.posts().schedule(base.withCaption("B"), nine.plusSeconds(20), PARIS);
        events.subscribe(PostsChanged.class, published::add);
        events.subscribe(OpenItem.class, published::add);
        model = new CalendarViewModel(features.calendar(), new InlineTaskExecutor(new ScriptedDialogs()), events);
        model.anchorProperty().set(DECEMBER);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theMonthIsShownInTheBrandsZoneWithItsPostsAndClashes() {
        assertThat(model.zoneProperty().get()).isEqualTo(PARIS);
        assertThat(model.titleProperty().get()).isEqualTo("December 2026");
        assertThat(model.firstDay()).isEqualTo(LocalDate.of(2026, 11, 30)).matches(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(model.days()).isEqualTo(42);
        assertThat(model.entries()).extracting(CalendarEntry::title).containsExactly("A", "B");
        assertThat(model.local(model.entries().get(0)).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(model.clashesProperty().get()).hasSize(2);
        assertThat(model.clashTextProperty().get()).startsWith("2 posts share a minute");
    }

    @Test
    void aWeekIsSevenDaysFromItsMondayAndNextMovesOn() {
        model.modeProperty().set(CalendarViewModel.Mode.WEEK);
        assertThat(model.days()).isEqualTo(7);
        assertThat(model.firstDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(model.titleProperty().get()).startsWith("Week of ");
        model.next();
        assertThat(model.anchorProperty().get()).isEqualTo(DECEMBER.plusWeeks(1));
        assertThat(model.entries()).isEmpty();
        model.previous();
        assertThat(model.entries()).hasSize(2);
    }

    @Test
    void movingAnEntryToAnotherDayKeepsItsHourAndClearsTheClash() {
        CalendarEntry first = model.entries().get(0);
        model.move(first, DECEMBER.plusDays(2), null);
        assertThat(posts.posts().require(a.id()).scheduledAt()).isEqualTo(DECEMBER.plusDays(2).atTime(9, 0).atZone(PARIS).toInstant());
        assertThat(model.noticeProperty().get()).startsWith("Moved \"A\" to ").doesNotContain("Warning");
        assertThat(model.clashesProperty().get()).isEmpty();
        assertThat(published).contains(new PostsChanged(a.id()));
    }

    @Test
    void movingOntoAnotherPostsMinuteWarns() {
        CalendarEntry second = model.entries().get(1);
        model.move(second, DECEMBER, LocalTime.of(9, 0));
        assertThat(model.noticeProperty().get()).contains("Warning: it now goes out at the same minute as post #" + a.id());
    }

    @Test
    void openingAnEntryAsksTheShellForItsSection() {
        model.open(model.entries().get(1));
        assertThat(published).contains(new OpenItem(OpenItem.Kind.POST, b.id()));
    }
}
