package io.vitrine.platform.sim;

import io.vitrine.platform.api.SimBrand;
import io.vitrine.platform.api.SimStarted;
import io.vitrine.platform.api.SimTruth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The platform simulator: the {@code /v1} contract on loopback, an audience that reacts to what is
 * published, and faults on demand. Start it, read {@link #url()} and {@link #brands()} (with their
 * tokens), close it when done.
 *
 * <pre>{@code
 * try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withSpeed(3600))) {
 *     String token = sim.brands().get(0).token();
 *     ...
 * }
 * }</pre>
 */
public final class PlatformSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PlatformSimulator.class.getName());

    private final SimClock clock;
    private final List<BrandState> brands;
    private final SimStateFile stateFile;
    private final SimRoutes simRoutes;
    private final SimServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PlatformSimulator(SimulatorOptions options) throws IOException {
        this.stateFile = options.stateFile() == null ? null : new SimStateFile(options.stateFile());
        Optional<SimStateFile.State> saved = stateFile == null ? Optional.empty() : stateFile.load();
        Instant simStart = saved.filter(state -> options.resumeClock()).map(SimStateFile.State::simNow)
                .orElse(options.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        this.clock = new SimClock(options.clock(), options.speed(), simStart);
        this.brands = createBrands(options, saved);
        FaultPlan faults = new FaultPlan(options.faults(), options.seed());
        this.simRoutes = new SimRoutes(brands, clock::now, this::save);
        this.server = new SimServer(options.port(), brands, faults, new ApiRoutes(clock::now, faults,
                options.privateRepliesPerHour(), options.speed()), simRoutes,
                this::save);
    }

    /** Starts listening on 127.0.0.1 and returns at once. */
    public static PlatformSimulator start(SimulatorOptions options) {
        try {
            return new PlatformSimulator(options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the platform simulator on port " + options.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234} (no trailing slash; the API is under {@code /v1}). */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The brands with their bearer tokens. */
    public List<SimBrand> brands() {
        return brands.stream().map(b -> new SimBrand(b.id(), b.name(), b.token())).toList();
    }

    /** What {@code platform serve} prints on start. */
    public SimStarted started() {
        return new SimStarted(url(), brands());
    }

    /** Per brand and event type, the distinct events the feed has delivered so far. */
    public SimTruth truth() {
        return simRoutes.truth();
    }

    /** Current simulated time. */
    public Instant simNow() {
        return clock.now();
    }

    /** Stops serving and saves the state file, once; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            save();
        }
    }

    private static List<BrandState> createBrands(SimulatorOptions options, Optional<SimStateFile.State> saved) {
        SecureRandom random = new SecureRandom();
        List<BrandState> brands = new ArrayList<>();
        for (int number = 1; number <= options.brands(); number++) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            BrandState brand = new BrandState(number, Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                    new Audience(options.seed(), number));
            saved.stream().flatMap(s -> s.brands().stream()).filter(s -> s.id().equals(brand.id()))
                    .findFirst().ifPresent(brand::restore);
            brands.add(brand);
        }
        return List.copyOf(brands);
    }

    /** Called after every successful write; a no-op without a state file. */
    private void save() {
        if (stateFile == null) {
            return;
        }
        try {
            List<BrandState.Snapshot> snapshots = new ArrayList<>();
            for (BrandState brand : brands) {
                synchronized (brand) {
                    snapshots.add(brand.snapshot());
                }
            }
            stateFile.save(new SimStateFile.State(clock.now(), snapshots));
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }
}
