package io.vitrine.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.common.EventBus;
import io.vitrine.post.PostFixtures;
import io.vitrine.report.ReportScope;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports screen's state without a screen: scopes, the suggested file name, exports made. */
class ReportsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    ReportsViewModel model;

    @BeforeEach
    void setUp() {
        workspace = PostFixtures.workspace(dir.resolve("r.vitrine"));
        model = new ReportsViewModel(StudioFeatures.of(workspace, new EventBus()).reports().exporter(),
                new InlineTaskExecutor(dialogs), dialogs);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theScopesAreTheWorkspaceAndEachCampaignAndAChosenOneStaysChosen() {
        model.refresh();
        assertThat(model.scopes()).first().isEqualTo(ReportScope.WORKSPACE);
        assertThat(model.scopes()).extracting(ReportScope::campaignName).contains("Autumn Nest");
        ReportScope autumn = model.scopes().get(1);
        model.scopeProperty().set(autumn);
        model.refresh();
        assertThat(model.scopeProperty().get()).isEqualTo(autumn);
        assertThat(model.suggestedFileName("Shop: 2026")).isEqualTo("Shop_ 2026 - Autumn Nest report.xlsx");
    }

    @Test
    void anExportIsListedFirstAndAFailedOneSaysWhy() throws Exception {
        model.refresh();
        model.includeEventsProperty().set(false);
        Path target = dir.resolve("report.xlsx");
        model.export(target);
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(Files.size(target)).isPositive();
        assertThat(model.exports()).singleElement().satisfies(result -> assertThat(result.sheets()).isNotEmpty());

        model.export(dir.resolve("no-such-folder").resolve("report.xlsx"));
        assertThat(model.exports()).hasSize(1);
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().startsWith("The report could not be exported");
    }
}
