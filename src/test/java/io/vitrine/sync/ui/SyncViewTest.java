package io.vitrine.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.catalog.CatalogService;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.post.Post;
import io.vitrine.post.PostService;
import io.vitrine.sync.Conflict;
import io.vitrine.sync.PlatformClient;
import io.vitrine.sync.PlatformConnection;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncEngine;
import io.vitrine.sync.SyncFixtures;
import io.vitrine.sync.SyncRun;
import io.vitrine.sync.TokenStore;
import io.vitrine.ui.ViewFixture;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Connects a brand and syncs through the real Sync screen, against the real simulator. */
class SyncViewTest extends FxRobot {
    @TempDir
    Path dir;
    final ViewFixture fixture = new ViewFixture();
    PlatformSimulator sim;
    Workspace workspace;
    BackgroundSync background;

    @AfterEach
    void tearDown() throws Exception {
        if (background != null) {
            interact(background::close);
        }
        fixture.close();
        workspace.close();
        sim.close();
    }

    @Test
    void connectingABrandPublishesItsScheduledPostsAndKeepsTheTokenOutOfTheWorkspace() throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withFaults(Faults.NONE));
        workspace = SyncFixtures.workspaceWithPublications(dir, 2, 1);
        fixture.show(workspace, SyncView::new, 1200, 860);
        TokenStore tokens = TokenStore.inUserConfig();
        interact(() -> {
            background = new BackgroundSync(fixture.context(), new SyncAccounts(SyncEngine.of(workspace.database(),
                    fixture.events), tokens), Clock.systemUTC());
            background.start();
        });
        Label status = lookup("#statusLabel").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().equals("Not connected to the platform"));

        String token = sim.brands().get(0).token();
        clickOn("#addressField").write(sim.url());
        clickOn("#tokenField").write(token);
        clickOn("#connectButton");

        TableView<SyncRun> runs = lookup("#runTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !runs.getItems().isEmpty() && runs.getItems().get(0).ok());
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(runs.getItems().get(0).pushed()).isEqualTo(3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Synced"));
        assertThat(lookup("Connected to " + sim.url()).tryQuery()).isPresent();
        assertThat(fixture.status.syncStateProperty().get()).startsWith("Synced");

        clickOn("#syncNowButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runs.getItems().size() >= 2);

        for (Path part : List.of(workspace.file(), Path.of(workspace.file() + "-wal"))) {
            String bytes = Files.exists(part) ? new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1) : "";
            assertThat(bytes).as("the token never lands in the workspace file").doesNotContain(token);
        }
        assertThat(tokens.token(sim.url(), sim.brands().get(0).id())).contains(token);
    }

    @Test
    void anotherBrandsTokenIsLinkedOnlyOnceThePersonConfirmsAndNothingIsSentBefore() throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withFaults(Faults.NONE).withBrands(2));
        workspace = SyncFixtures.workspaceWithPublications(dir, 2, 1);
        fixture.show(workspace, SyncView::new, 1200, 860);
        TokenStore tokens = TokenStore.inUserConfig();
        SyncEngine engine = SyncEngine.of(workspace.database(), fixture.events);
        interact(() -> {
            background = new BackgroundSync(fixture.context(), new SyncAccounts(engine, tokens), Clock.systemUTC());
            background.start();
        });
        var northwind = sim.brands().get(1);
        PlatformClient northwindClient = new PlatformClient(new PlatformConnection(URI.create(sim.url()), northwind.token()));

        fixture.dialogs.answerConfirm(false);
        clickOn("#addressField").write(sim.url());
        clickOn("#tokenField").write(northwind.token());
        clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.dialogs.confirmations.isEmpty());
        assertThat(fixture.dialogs.confirmations.get(0)).startsWith("Link Maison Lumière to Northwind Outfitters?: This"
                + " token belongs to the platform account “Northwind Outfitters”").contains("Nothing has been sent yet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(engine.brands()).singleElement().satisfies(brand -> assertThat(brand.linked()).isFalse());
        assertThat(tokens.token(sim.url(), northwind.id())).isEmpty();
        assertThat(northwindClient.publications().publications()).as("nothing went out on Northwind's account").isEmpty();

        fixture.dialogs.answerConfirm(true);
        clickOn("#connectButton");
        TableView<SyncRun> runs = lookup("#runTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !runs.getItems().isEmpty() && runs.getItems().get(0).ok());
        assertThat(runs.getItems().get(0).pushed()).isEqualTo(3);
        assertThat(engine.brands()).singleElement().satisfies(brand -> assertThat(brand.platformBrandId()).isEqualTo(northwind.id()));
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void aConflictIsSettledOnTheSyncScreenByKeepingMine() throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withFaults(Faults.NONE));
        workspace = SyncFixtures.workspaceWithPublications(dir, 1, 0);
        SyncAccounts accounts = new SyncAccounts(SyncEngine.of(workspace.database(), null), TokenStore.inUserConfig());
        accounts.connect(URI.create(sim.url()), sim.brands().get(0).token());
        accounts.syncAll();
        PostService posts = new PostService(workspace.database(), new CatalogService(workspace.database()));
        Post post = posts.find(workspace.database().read(sql -> sql.scalar("SELECT min(id) FROM post"))).orElseThrow();
        SyncFixtures.editOnPlatform(sim, post.platformId(), "Changed on the web");
        posts.saveChanges(post.withCaption("Changed in the studio"));
        assertThat(accounts.syncAll().conflicts()).isEqualTo(1);

        fixture.show(workspace, SyncView::new, 1200, 860);
        interact(() -> {
            background = new BackgroundSync(fixture.context(), new SyncAccounts(SyncEngine.of(workspace.database(),
                    fixture.events), TokenStore.inUserConfig()), Clock.systemUTC());
            background.start();
        });
        ListView<Conflict> conflicts = lookup("#conflictList").queryListView();
        TableView<SyncRun> runs = lookup("#runTable").queryTableView();
        // the screen's own first round (nothing to send while the conflict waits) has been shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runs.getItems().size() == 3 && conflicts.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("Post “Changed in the studio” was changed on the platform since your last sync").tryQuery())
                .isPresent();
        clickOn(lookup("#keepMine").match(node -> node.getScene() != null).queryButton()); // a laid-out cell's button

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> conflicts.getItems().isEmpty()
                && "Changed in the studio".equals(remoteCaption(post.platformId())));
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    private String remoteCaption(String platformId) {
        PlatformConnection connection = new PlatformConnection(URI.create(sim.url()), sim.brands().get(0).token());
        return new PlatformClient(connection).get(PublicationKind.POST, platformId).post().caption();
    }
}
