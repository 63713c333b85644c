package io.vitrine.app;

import io.vitrine.common.UserDirs;
import io.vitrine.platform.api.SimBrand;
import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import io.vitrine.sync.SyncEngine;
import io.vitrine.sync.SyncFeature;
import java.net.URI;

/**
 * The bundled platform the demo workspace talks to: the simulator on loopback, its state kept next to
 * the demo workspace so published posts survive restarts, running ten simulated minutes per second so
 * the audience visibly reacts. Each start restarts simulated time at the real time, so the demo never
 * drifts days ahead over many sessions. Started with the demo, stopped when the studio quits.
 */
final class DemoPlatform implements AutoCloseable {
    static final double SPEED = 600;
    private static final long SEED = 2026;
    private static final int DEMO_SYNC_MINUTES = 1;

    private PlatformSimulator simulator;

    /** Starts the simulator if needed and connects the demo brand to it (token saved like any other). */
    synchronized void connect(SyncFeature sync) {
        if (simulator == null) {
            simulator = PlatformSimulator.start(SimulatorOptions.defaults().withSeed(SEED).withSpeed(SPEED)
                    .withFaults(Faults.NONE).withBrands(1).withStateFile(UserDirs.dataDir().resolve("demo-platform.json"))
                    .withResumeClock(false));
        }
        SimBrand brand = simulator.brands().get(0);
        SyncEngine engine = sync.engine();
        sync.accounts().connect(URI.create(simulator.url()), brand.token());
        if (engine.intervalMinutes() == SyncEngine.DEFAULT_INTERVAL_MINUTES) {
            engine.setIntervalMinutes(DEMO_SYNC_MINUTES);
        }
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
