package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.platform.api.SimBrand;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.testing.ChildStudio;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync with another brand's token (Northwind's, for Maison Lumière's workspace) publishes nothing and
 * links nothing until the person confirms the link: --link-brand on the command line, a confirmed connect in
 * the app. Against the real simulator over loopback.
 */
class BrandLinkIT {
    @TempDir
    Path dir;
    PlatformSimulator sim;
    Workspace workspace;
    SimBrand northwind;

    @BeforeEach
    void start() throws Exception {
        sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600).withBrands(2));
        workspace = SyncFixtures.workspaceWithPublications(dir, 2, 1);
        northwind = sim.brands().get(1);
    }

    @AfterEach
    void stop() {
        if (workspace != null) {
            workspace.close();
        }
        sim.close();
    }

    private PlatformConnection northwind() {
        return new PlatformConnection(URI.create(sim.url()), northwind.token());
    }

    private PlatformClient client() {
        return new PlatformClient(northwind(), SyncAgainstSimulatorIT.QUICK, Sleeper.REAL);
    }

    private SyncEngine engine() {
        return SyncEngine.of(workspace.database(), null, SyncAgainstSimulatorIT.QUICK, Clock.systemUTC());
    }

    private void assertNothingPublishedNorLinked() {
        assertThat(client().publications().publications()).as("nothing on Northwind's account").isEmpty();
        assertThat(engine().brands()).singleElement().satisfies(brand -> assertThat(brand.linked()).isFalse());
    }

    @Test
    void anotherBrandsTokenPublishesNothingUntilTheLinkIsConfirmed() {
        SyncReport refused = engine().run(client(), northwind());

        assertThat(refused.errors()).singleElement().asString()
                .contains("belongs to the platform account \"Northwind Outfitters\"")
                .contains("not to this workspace's brand \"Maison Lumière\"").contains("Nothing was sent")
                .contains("--link-brand \"Maison Lumière\"");
        assertThat(refused.pushed()).isZero();
        assertNothingPublishedNorLinked();

        SyncReport confirmed = engine().run(client(), northwind(), "Maison Lumière");
        assertThat(confirmed.errors()).isEmpty();
        assertThat(confirmed.pushed()).isEqualTo(3);
        assertThat(engine().brands()).singleElement().satisfies(brand -> assertThat(brand.platformBrandId()).isEqualTo(northwind.id()));
        assertThat(engine().run(client(), northwind()).errors()).as("linked once, synced since").isEmpty();
    }

    @Test
    void connectingInTheAppAsksTooAndSavesNoTokenBeforeTheAnswer() {
        TokenStore tokens = new TokenStore(dir.resolve("tokens.json"));
        SyncAccounts accounts = new SyncAccounts(engine(), tokens, c -> client());

        BrandLinkNeeded question = (BrandLinkNeeded) org.assertj.core.api.Assertions.catchThrowable(
                () -> accounts.connect(URI.create(sim.url()), northwind.token()));

        assertThat(question.local().name()).isEqualTo("Maison Lumière");
        assertThat(question.platform().name()).isEqualTo("Northwind Outfitters");
        assertThat(tokens.token(sim.url(), northwind.id())).isEmpty();
        assertNothingPublishedNorLinked();

        LinkedBrand linked = accounts.connect(URI.create(sim.url()), northwind.token(), question.local().handle());
        assertThat(linked.platformBrandId()).isEqualTo(northwind.id());
        assertThat(tokens.token(sim.url(), northwind.id())).contains(northwind.token());
    }

    @Test
    void aConfirmationNamingNoBrandOfTheWorkspaceIsRefused() {
        assertThatThrownBy(() -> engine().link(client(), northwind(), "Atelier Sable"))
                .hasMessageContaining("has no brand named \"Atelier Sable\"");
        assertNothingPublishedNorLinked();
    }

    @Test
    void theCommandLineAsksForLinkBrandAndTakesIt() throws Exception {
        Path file = workspace.file();
        workspace.close();
        workspace = null;
        ChildStudio studio = new ChildStudio(dir.resolve("home")).env("NORTHWIND_TOKEN", northwind.token());

        ChildStudio.Run refused = studio.run("sync", "-w", file.toString(), "--url", sim.url(), "--token-env", "NORTHWIND_TOKEN");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("--link-brand \"Maison Lumière\"");
        assertThat(client().publications().publications()).isEmpty();

        ChildStudio.Run linked = studio.run("sync", "-w", file.toString(), "--url", sim.url(), "--token-env", "NORTHWIND_TOKEN",
                "--link-brand", "@maisonlumiere", "--json");
        assertThat(linked.exit()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("\"pushed\":3");
    }
}
