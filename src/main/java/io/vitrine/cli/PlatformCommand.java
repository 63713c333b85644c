package io.vitrine.cli;

import io.vitrine.platform.sim.Faults;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.platform.sim.SimulatorOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio platform serve}: the bundled platform simulator, for demos and for testing a sync. */
@Command(name = "platform", description = "Run the bundled platform simulator.",
        subcommands = PlatformCommand.Serve.class)
final class PlatformCommand {

    @Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serve the platform API (/v1) on 127.0.0.1 with a simulated audience.",
            "Prints one JSON line with the URL and each brand's token, then serves until Ctrl-C."})
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--port", description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
        int port = 0;
        @Option(names = "--seed", description = "Same seed, same brands and audience. Default: ${DEFAULT-VALUE}.")
        long seed = SimulatorOptions.DEFAULT_SEED;
        @Option(names = "--speed", description = "Simulated seconds per real second (3600: an hour a second). Default: ${DEFAULT-VALUE}.")
        double speed = 1;
        @Option(names = "--faults", description = "none, light or heavy. Default: none.")
        Faults faults = Faults.NONE;
        @Option(names = "--brands", description = "How many brands (each gets a token). Default: ${DEFAULT-VALUE}.")
        int brands = 2;
        @Option(names = "--state", paramLabel = "FILE", description = "Keep publications, items and idempotency keys in FILE between runs.")
        Path state;

        @Override
        public Integer call() {
            SimulatorOptions options = SimulatorOptions.defaults().withPort(port).withSeed(seed).withSpeed(speed)
                    .withFaults(faults).withBrands(brands).withStateFile(state);
            PlatformSimulator simulator = PlatformSimulator.start(options);
            Thread hook = new Thread(simulator::close, "platform-sim-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            JsonOption.write(spec.commandLine().getOut(), simulator.started());
            var err = spec.commandLine().getErr();
            err.printf("Platform simulator listening on %s (seed %d, speed %s, faults %s%s). Ctrl-C to stop.%n",
                    simulator.url(), seed, BigDecimal.valueOf(speed).stripTrailingZeros().toPlainString(), faults.name().toLowerCase(java.util.Locale.ROOT),
                    state == null ? "" : ", state " + state);
            err.flush();
            try {
                new CountDownLatch(1).await(); // until SIGTERM/Ctrl-C (the hook closes) or an interrupt (tests)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                simulator.close();
                removeHook(hook);
            }
            return 0;
        }

        private static void removeHook(Thread hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook runs (or ran) anyway
            }
        }
    }
}
