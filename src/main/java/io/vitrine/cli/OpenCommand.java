package io.vitrine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./studio open FILE}: opens the desktop app on a workspace. */
@Command(mixinStandardHelpOptions = true, name = "open", description = "Open the desktop app on a workspace file.")
final class OpenCommand implements Callable<Integer> {
    private final DesktopOpener desktop;

    @Parameters(paramLabel = "FILE", description = "Workspace file (.vitrine).")
    Path file;

    OpenCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.open(file, false);
    }
}
