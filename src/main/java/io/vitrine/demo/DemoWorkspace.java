package io.vitrine.demo;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Workspace;
import io.vitrine.workspace.WorkspaceMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Generates the demo workspace, deterministically: the same seed and anchor give the same content.
 * Each feature adds its part as a {@link DemoStep} in {@link #STEPS}.
 */
public final class DemoWorkspace {
    public static final long DEFAULT_SEED = 20261122L;
    /** Bumped when the generator changes, so an old cached demo is regenerated. */
    public static final int GENERATOR_VERSION = 6;

    private static final List<DemoStep> STEPS = List.of(new DemoCatalog(), new DemoPosts(), new DemoPostEngagement(),
            new DemoPolls(), new DemoConversations());

    private DemoWorkspace() {
    }

    /** Demo dates are anchored on today (UTC midnight) so the calendar shows this month. */
    public static Instant defaultAnchor() {
        return Instant.now().truncatedTo(ChronoUnit.DAYS);
    }

    /** Creates a new demo workspace at {@code file}; on failure nothing is left behind. */
    public static Workspace generate(Path file, long seed, Instant anchor) {
        Workspace workspace = Workspace.create(file, DemoBrand.NAME + " (demo)");
        try {
            workspace.meta().put(WorkspaceMeta.DEMO_SEED, seed + "/" + GENERATOR_VERSION);
            long brandId = DemoBrand.create(workspace, anchor);
            DemoContext context = new DemoContext(workspace, new Random(seed), anchor, brandId);
            for (DemoStep step : STEPS) {
                step.fill(context);
            }
            return workspace;
        } catch (Exception e) {
            workspace.close();
            Workspace.deleteFiles(file);
            if (e instanceof VitrineException v) {
                throw v;
            }
            throw new VitrineException("Could not generate the demo workspace: " + e.getMessage(),
                    "This is a bug; please report it with the message above.", e);
        }
    }

    /**
     * The shared demo workspace in the user data folder: generated on first use (or when the
     * generator changed), then reopened as-is so the user's edits to it stay.
     */
    public static Workspace openOrGenerate(Path file) {
        if (Files.exists(file)) {
            Workspace existing = Workspace.open(file);
            String expected = DEFAULT_SEED + "/" + GENERATOR_VERSION;
            if (existing.metaValue(WorkspaceMeta.DEMO_SEED).filter(expected::equals).isPresent()) {
                return existing;
            }
            existing.close();
            Workspace.deleteFiles(file);
        }
        return generate(file, DEFAULT_SEED, defaultAnchor());
    }

}
