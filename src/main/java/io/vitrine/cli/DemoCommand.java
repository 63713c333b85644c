package io.vitrine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./studio demo}: opens the generated demo workspace against the bundled platform simulator. */
@Command(mixinStandardHelpOptions = true, name = "demo", description = {"Open a generated demo workspace (Maison Lumière) connected to the bundled platform simulator.",
        "The demo is generated once into the user data folder and reused."})
final class DemoCommand implements Callable<Integer> {
    private final DesktopOpener desktop;

    DemoCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.open(null, true);
    }
}
