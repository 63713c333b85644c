package io.vitrine.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.demo.DemoWorkspace;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.FxWait;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.Snapshots;
import io.vitrine.ui.Stylesheets;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The calendar over the demo workspace: posts and polls in the brand's zone, the clash warned, moving a post by keyboard. */
class CalendarViewTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;
    CalendarView view;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void tearDown() throws Exception {
        if (view != null) {
            interact(view::dispose);
        }
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void showsTheMonthWarnsOfTheClashAndMovesAPostADayLater() throws Exception {
        Instant anchor = Instant.now().truncatedTo(ChronoUnit.DAYS);
        workspace = DemoWorkspace.generate(dir.resolve("demo.vitrine"), DemoWorkspace.DEFAULT_SEED, anchor);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setX(0);
            s.setY(0);
            s.setWidth(1280);
            s.setHeight(800);
        });
        FxToolkit.setupSceneRoot(() -> {
            view = new CalendarView(ViewFixture.context(workspace, new FxTaskExecutor(dialogs), dialogs));
            StackPane root = new StackPane(view.root());
            root.getStylesheets().add(Stylesheets.STUDIO);
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            return root;
        });
        FxToolkit.showStage();
        interact(view::onShow);
        FxWait.until(() -> view.model().zoneProperty().get().equals(ZoneId.of("Europe/Paris"))
                && !view.model().entries().isEmpty());
        assertThat(lookup("#zoneChoice").queryComboBox().getValue()).isEqualTo(ZoneId.of("Europe/Paris"));
        Snapshots.save(view.root(), "calendar-month");

        // the demo's clash is two weeks ahead: go to the week that has it
        long firstScheduled = workspace.database().read(sql -> sql.scalar("SELECT min(id) FROM post WHERE status = 'scheduled'"));
        Instant clashAt = Instant.parse(workspace.database().<java.util.Optional<String>>read(sql -> sql.text(
                "SELECT scheduled_at FROM post WHERE status = 'scheduled' GROUP BY scheduled_at HAVING count(*) > 1")).orElseThrow());
        interact(() -> {
            view.model().anchorProperty().set(clashAt.atZone(ZoneId.of("Europe/Paris")).toLocalDate());
            view.model().modeProperty().set(CalendarViewModel.Mode.WEEK);
        });
        FxWait.until(() -> !lookup("#clashLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#clashLabel").queryAs(Label.class).getText()).contains("2 posts share a minute");
        assertThat(lookup(".calendar-entry").<javafx.scene.Node>queryAll()).anyMatch(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("clash")));
        Snapshots.save(view.root(), "calendar-week");

        // move the first scheduled post one day later with the keyboard
        interact(() -> {
            view.model().anchorProperty().set(LocalDate.now(ZoneId.of("Europe/Paris")));
            view.model().modeProperty().set(CalendarViewModel.Mode.MONTH);
        });
        Instant before = Instant.parse(workspace.database().<java.util.Optional<String>>read(sql -> sql.text(
                "SELECT scheduled_at FROM post WHERE id = ?", firstScheduled)).orElseThrow());
        FxWait.until(() -> lookup("#calendarPost" + firstScheduled).tryQuery().isPresent());
        clickOn("#calendarPost" + firstScheduled);
        press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        FxWait.until(() -> workspace.database().<java.util.Optional<String>>read(sql -> sql.text(
                "SELECT scheduled_at FROM post WHERE id = ?", firstScheduled)).orElseThrow().equals(before.plus(1, ChronoUnit.DAYS).toString()));
        assertThat(lookup("#calendarNotice").queryAs(Label.class).getText()).startsWith("Moved \"").contains("Europe/Paris");
        assertThat(dialogs.errors).isEmpty();
    }
}
