package io.vitrine.ui;

import io.vitrine.common.EventBus;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.workspace.Workspace;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Shows one section's real view in the TestFX stage, on a real workspace, with the real background
 * executor and scripted dialogs. {@code close()} tears the stage down (the workspace stays the test's).
 */
public final class ViewFixture implements AutoCloseable {
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ShellStatus status = new ShellStatus();
    public final EventBus events = new EventBus();
    private StudioContext context;
    private Stage stage;

    public <V extends SectionView> V show(Workspace workspace, Function<StudioContext, V> viewFactory, double width,
                                          double height) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Object[] created = new Object[1];
        FxToolkit.setupSceneRoot(() -> {
            context = new StudioContext(workspace, StudioFeatures.of(workspace, events), new FxTaskExecutor(dialogs), dialogs, events, status);
            V view = viewFactory.apply(context);
            created[0] = view;
            Parent root = (Parent) view.root();
            root.getStylesheets().add(Stylesheets.STUDIO);
            view.onShow();
            return root;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(width);
            s.setHeight(height);
        });
        FxToolkit.showStage();
        @SuppressWarnings("unchecked")
        V view = (V) created[0];
        return view;
    }

    /** A context for a view built outside a fixture: the workspace's feature roots, a bus and a status line of its own. */
    public static StudioContext context(Workspace workspace, TaskExecutor tasks, DialogService dialogs) {
        EventBus events = new EventBus();
        return new StudioContext(workspace, StudioFeatures.of(workspace, events), tasks, dialogs, events, new ShellStatus());
    }

    public StudioContext context() {
        return context;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
    }
}
