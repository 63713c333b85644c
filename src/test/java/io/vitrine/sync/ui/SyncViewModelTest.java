package io.vitrine.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.common.EventBus;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.post.PostFixtures;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncRequested;
import io.vitrine.sync.TokenStore;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's state without a screen, against the real loopback simulator: connect, interval, disconnect. */
class SyncViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    PlatformSimulator sim;
    SyncAccounts accounts;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final EventBus events = new EventBus();
    final List<SyncRequested> requested = new ArrayList<>();
    SyncViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withFaults(Faults.NONE));
        workspace = PostFixtures.workspace(dir.resolve("s.vitrine"));
        accounts = StudioFeatures.of(workspace, events, new TokenStore(dir.resolve("tokens.json")), Clock.systemUTC())
                .sync().accounts();
        events.subscribe(SyncRequested.class, requested::add);
        model = new SyncViewModel(accounts, new InlineTaskExecutor(dialogs), dialogs, events, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        sim.close();
    }

    @Test
    void aWorkspaceNotConnectedListsItsBrandAndSaysSo() {
        model.reload();
        assertThat(model.brands()).singleElement().satisfies(row -> {
            assertThat(row.brand().handle()).isEqualTo("maisonlumiere");
            assertThat(row.connected()).isFalse();
        });
        assertThat(model.statusProperty().get()).isEqualTo("Not connected to the platform");
        assertThat(model.runs()).isEmpty();
        assertThat(model.conflicts()).isEmpty();
    }

    @Test
    void connectingWithTheBrandsTokenLinksItAsksForARoundAndForgetsTheTypedToken() {
        model.addressProperty().set(sim.url().toString());
        model.tokenProperty().set(sim.brands().get(0).token());
        model.connect();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.tokenProperty().get()).isEmpty();
        assertThat(model.brands()).anyMatch(SyncViewModel.BrandConnection::connected);
        assertThat(requested).hasSize(1);

        model.disconnect(model.brands().stream().filter(SyncViewModel.BrandConnection::connected).findFirst().orElseThrow());
        assertThat(model.brands()).noneMatch(SyncViewModel.BrandConnection::connected);
    }

    @Test
    void aWrongTokenOrAddressIsRefusedWithoutConnecting() {
        model.addressProperty().set("not a web address");
        model.connect();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot connect").contains("is not a web address");

        model.addressProperty().set(sim.url().toString());
        model.tokenProperty().set("wrong-token");
        model.connect();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(accounts.anyConnected()).isFalse();
        assertThat(requested).isEmpty();
    }

    @Test
    void theIntervalIsKeptInTheWorkspace() {
        model.saveInterval(15);
        assertThat(model.intervalProperty().get()).isEqualTo(15);
        assertThat(accounts.engine().intervalMinutes()).isEqualTo(15);
        model.syncNow();
        assertThat(requested).hasSize(1);
    }
}
