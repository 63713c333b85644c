package io.vitrine.app;

import io.vitrine.common.AppVersion;
import io.vitrine.common.EventBus;
import io.vitrine.common.UserDirs;
import io.vitrine.demo.DemoWorkspace;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.sync.ui.BackgroundSync;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.FxTaskExecutor;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.StudioContext;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What the menus and the welcome screen ask for: open, create, close and back up workspaces, switch
 * sections and themes. All file and database work runs on the background executor.
 */
final class AppController {
    private static final System.Logger LOG = System.getLogger(AppController.class.getName());
    private static final List<FileType> WORKSPACE_FILES = List.of(FileType.of("Vitrine workspaces", "*.vitrine"));

    private final Stage stage;
    private final Settings settings;
    private final SettingsStore settingsStore;
    private final DialogService dialogs;
    private final FxTaskExecutor tasks;
    private final ShellStatus status = new ShellStatus();
    private final EventBus events = new EventBus();
    private AppFrameView frame;
    private WelcomeView welcome;
    /** Read by the shutdown hook too, hence volatile. */
    private volatile Workspace workspace;
    private WorkspaceView workspaceView;
    private BackgroundSync backgroundSync;
    private final DemoPlatform demoPlatform = new DemoPlatform();
    private Runnable onWorkspaceShown = () -> { };

    AppController(Stage stage, Settings settings, SettingsStore settingsStore, DialogService dialogs, FxTaskExecutor tasks) {
        this.stage = stage;
        this.settings = settings;
        this.settingsStore = settingsStore;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /**
     * Closes the open workspace if the process is told to stop (logout, SIGTERM) without the window
     * closing: the WAL is checkpointed and nothing is left half-written.
     */
    void closeWorkspaceOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Workspace open = workspace;
            if (open != null) {
                open.close();
            }
            demoPlatform.close();
        }, "vitrine-close-workspace"));
    }

    void attach(AppFrameView appFrame) {
        this.frame = appFrame;
        frame.setRecent(settings.recentWorkspaces);
        frame.setDarkTheme(settings.darkTheme);
    }

    ShellStatus status() {
        return status;
    }

    /** Runs once each time a workspace's first section is on screen (used by the start-up probe). */
    void onWorkspaceShown(Runnable action) {
        this.onWorkspaceShown = action;
    }

    void showWelcome() {
        welcome = new WelcomeView(this, settings.recentWorkspaces);
        frame.setCenter(welcome.root());
        frame.setWorkspaceOpen(false);
        stage.setTitle("Vitrine Studio");
    }

    void newWorkspace() {
        dialogs.chooseFileToSave("New Workspace", "My brand" + Workspace.EXTENSION, WORKSPACE_FILES).ifPresent(file -> {
            Path target = file.toString().endsWith(Workspace.EXTENSION) ? file : Path.of(file + Workspace.EXTENSION);
            load("Creating " + target.getFileName(), () -> Workspace.create(target, null));
        });
    }

    void chooseAndOpenWorkspace() {
        dialogs.chooseFileToOpen("Open Workspace", WORKSPACE_FILES).ifPresent(this::openWorkspace);
    }

    void openWorkspace(Path file) {
        load("Opening " + file.getFileName(), () -> Workspace.open(file));
    }

    void openDemo() {
        Path demo = UserDirs.dataDir().resolve("demo" + Workspace.EXTENSION);
        load("Preparing the demo workspace", () -> DemoWorkspace.openOrGenerate(demo), features -> {
            try {
                demoPlatform.connect(features.sync());
            } catch (RuntimeException e) {
                // The demo still opens without its platform; the Sync screen shows it is not connected.
                LOG.log(System.Logger.Level.WARNING, "The demo platform did not start: " + e.getMessage());
            }
        });
    }

    private void load(String message, WorkspaceSupplier opener) {
        load(message, opener, features -> { });
    }

    /** Opens a workspace and builds its feature roots in the background, then shows it. */
    private void load(String message, WorkspaceSupplier opener, Consumer<StudioFeatures> prepare) {
        if (welcome != null && workspace == null) {
            welcome.showBusy(message + "…");
        }
        tasks.submit(message, progress -> {
            Workspace opened = opener.get();
            try {
                StudioFeatures features = StudioFeatures.of(opened, events);
                prepare.accept(features);
                return new Opened(opened, features);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::show, error -> {
            dialogs.showError("Cannot open the workspace", error);
            if (workspace == null) {
                showWelcome();
            }
        });
    }

    /** A workspace just opened, with its feature roots. */
    private record Opened(Workspace workspace, StudioFeatures features) {
    }

    private void show(Opened ready) {
        closeCurrent();
        Workspace opened = ready.workspace();
        workspace = opened;
        StudioContext context = new StudioContext(opened, ready.features(), tasks, dialogs, events, status);
        workspaceView = new WorkspaceView(context);
        backgroundSync = new BackgroundSync(context, ready.features().sync().accounts(), Clock.systemUTC());
        backgroundSync.start();
        frame.setCenter(workspaceView.root());
        frame.setWorkspaceOpen(true);
        workspaceView.show(Section.CATALOG);
        stage.setTitle("Vitrine Studio — " + opened.name() + (opened.readOnly() ? " (read-only)" : ""));
        settings.rememberWorkspace(opened.file().toAbsolutePath().toString());
        frame.setRecent(settings.recentWorkspaces);
        settingsStore.save(settings);
        welcome = null;
        status.notify("Opened " + opened.file().getFileName() + (opened.readOnly()
                ? " read-only: " + opened.database().readOnlyReason() + "; changes are refused" : ""));
        onWorkspaceShown.run();
    }

    void showSection(Section section) {
        if (workspaceView != null) {
            workspaceView.show(section);
        }
    }

    void closeWorkspace() {
        closeCurrent();
        showWelcome();
    }

    private void closeCurrent() {
        if (backgroundSync != null) {
            backgroundSync.close();
            backgroundSync = null;
            status.syncStateProperty().set("Not connected to the platform");
        }
        if (workspaceView != null) {
            workspaceView.dispose();
            workspaceView = null;
        }
        if (workspace != null) {
            Workspace closing = workspace;
            workspace = null;
            tasks.submit("Closing " + closing.file().getFileName(), progress -> {
                closing.close();
                return closing;
            }, closed -> { });
        }
    }

    void backupWorkspace() {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        String suggested = Workspace.baseNameOf(current.file()) + "-backup" + Workspace.EXTENSION;
        dialogs.chooseFileToSave("Back Up Workspace", suggested, WORKSPACE_FILES).ifPresent(target ->
                tasks.submit("Backing up to " + target.getFileName(), progress -> {
                    current.backupTo(target);
                    return target;
                }, done -> status.notify("Backed up to " + done)));
    }

    void setDarkTheme(boolean dark) {
        settings.darkTheme = dark;
        Theme.apply(stage.getScene(), dark);
        settingsStore.save(settings);
    }

    void scanPicture() {
        if (workspaceView != null) {
            workspaceView.scanPicture();
        }
    }

    void syncNow() {
        if (backgroundSync != null) {
            backgroundSync.syncNow();
        }
    }

    void showShortcuts() {
        dialogs.showInfo("Keyboard Shortcuts", String.join("\n",
                "Ctrl/Cmd+N   New workspace",
                "Ctrl/Cmd+O   Open workspace",
                "Ctrl/Cmd+W   Close workspace",
                "Ctrl/Cmd+R   Sync now",
                "Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z   Undo, redo (composer, poll builder)",
                "Ctrl/Cmd+S   Save the poll draft",
                "Ctrl/Cmd+1…8 Catalog, Posts, Polls, Inbox, Calendar, Insights, Reports, Sync",
                "Ctrl/Cmd+Shift+D  Dark theme on/off",
                "Ctrl/Cmd+Q   Quit"));
    }

    void showAbout() {
        dialogs.showInfo("About Vitrine Studio", "Vitrine Studio " + AppVersion.current()
                + "\nShoppable posts, A/B product polls and audience insights for brands."
                + "\nJava " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version"));
    }

    void quit() {
        saveWindow();
        if (workspaceView != null) {
            workspaceView.dispose();
        }
        if (workspace != null) {
            workspace.close(); // on exit there is no later: close here so the WAL is checkpointed
            workspace = null;
        }
        tasks.close();
        demoPlatform.close();
        Platform.exit();
    }

    /** Called when the window closes by any route. */
    void saveWindow() {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        settingsStore.save(settings);
    }

    /** Opening a workspace may fail; this is the work done in the background. */
    @FunctionalInterface
    private interface WorkspaceSupplier {
        Workspace get();
    }
}
