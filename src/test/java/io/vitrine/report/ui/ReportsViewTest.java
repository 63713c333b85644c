package io.vitrine.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.common.EventBus;
import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.Stylesheets;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exports a campaign report through the real Reports screen. */
class ReportsViewTest extends FxRobot {
    @TempDir
    Path dir;
    Workspace workspace;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void exportsTheChosenCampaign() throws Exception {
        workspace = Workspace.create(dir.resolve("w.vitrine"), "Atelier");
        workspace.database().write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Spring drop', 'x')"));
        Path target = dir.resolve("spring.xlsx");
        ScriptedDialogs dialogs = new ScriptedDialogs().answerFile(target);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            StudioContext context = new StudioContext(workspace, new FxTaskExecutor(dialogs), dialogs, new EventBus(),
                    new ShellStatus());
            ReportsView view = new ReportsView(context);
            view.onShow();
            javafx.scene.Parent root = (javafx.scene.Parent) view.root();
            root.getStylesheets().add(Stylesheets.STUDIO);
            return root;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#scopeBox").queryComboBox().getItems().size() == 2);

        clickOn("#scopeBox");
        clickOn("Campaign “Spring drop”");
        ComboBox<ReportScope> scopes = lookup("#scopeBox").queryComboBox();
        assertThat(scopes.getValue().campaignName()).isEqualTo("Spring drop");
        clickOn("#eventsCheck"); // no raw events
        clickOn("#exportButton");

        ListView<ReportResult> exports = lookup("#exportList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exports.getItems().size() == 1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(exports.getItems().get(0).sheets()).doesNotContain("Events");
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(book.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).contains("Spring drop");
        }
    }
}
