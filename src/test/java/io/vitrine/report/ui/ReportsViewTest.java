package io.vitrine.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.report.ReportResult;
import io.vitrine.report.ReportScope;
import io.vitrine.ui.ViewFixture;
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
import org.testfx.util.WaitForAsyncUtils;

/** Exports a campaign report through the real Reports screen. */
class ReportsViewTest extends FxRobot {
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
    void exportsTheChosenCampaign() throws Exception {
        workspace = Workspace.create(dir.resolve("w.vitrine"), "Atelier");
        workspace.database().write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Spring drop', 'x')"));
        Path target = dir.resolve("spring.xlsx");
        fixture.dialogs.answerFile(target);
        fixture.show(workspace, ReportsView::new, 1000, 700);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#scopeBox").queryComboBox().getItems().size() == 2);

        clickOn("#scopeBox");
        clickOn("Campaign “Spring drop”");
        ComboBox<ReportScope> scopes = lookup("#scopeBox").queryComboBox();
        assertThat(scopes.getValue().campaignName()).isEqualTo("Spring drop");
        clickOn("#eventsCheck"); // no raw events
        clickOn("#exportButton");

        ListView<ReportResult> exports = lookup("#exportList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exports.getItems().size() == 1);
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(exports.getItems().get(0).sheets()).doesNotContain("Events");
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(book.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).contains("Spring drop");
        }
    }
}
