package io.vitrine.cli;

import io.vitrine.common.AppVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./studio} — with no command it opens the desktop app; every other command runs headless.
 * Feature commands are registered in {@link #commandLine(DesktopOpener)}.
 */
@Command(name = "studio",
        mixinStandardHelpOptions = true,
        versionProvider = StudioCommand.Version.class,
        description = {"Vitrine Studio: shoppable posts, A/B product polls and audience insights.",
                "Run without a command to open the desktop app."},
        footer = {"", "Examples:",
                "  ./studio demo                                  open the demo workspace",
                "  ./studio workspace create shop.vitrine         make an empty workspace",
                "  ./studio workspace info shop.vitrine --json    schema version and counts",
                "  ./studio catalog import feed.xml -w shop.vitrine --json",
                "  ./studio catalog search \"lune lamp\" -w shop.vitrine",
                "  ./studio platform serve --faults light         platform simulator on loopback"})
public final class StudioCommand implements Callable<Integer> {
    private final DesktopOpener desktop;

    StudioCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.open(null, false);
    }

    /** The full command tree; the launcher passes how to open the desktop app. */
    public static CommandLine commandLine(DesktopOpener desktop) {
        CommandLine line = new CommandLine(new StudioCommand(desktop));
        line.addSubcommand("open", new OpenCommand(desktop));
        line.addSubcommand("demo", new DemoCommand(desktop));
        line.addSubcommand("workspace", new WorkspaceCommand());
        line.addSubcommand("catalog", new CatalogCommand());
        line.addSubcommand("post", new PostCommand());
        line.addSubcommand("poll", new PollCommand());
        line.addSubcommand("report", new ReportCommand());
        line.addSubcommand("platform", new PlatformCommand());
        line.addSubcommand("sync", new SyncCommand());
        line.addSubcommand("insights", new InsightsCommand());
        ErrorHandler errors = new ErrorHandler();
        line.setExecutionExceptionHandler(errors);
        line.setParameterExceptionHandler(errors);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Vitrine Studio " + AppVersion.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
