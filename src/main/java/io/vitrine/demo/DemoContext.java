package io.vitrine.demo;

import io.vitrine.workspace.Workspace;
import java.time.Instant;
import java.util.Random;

/**
 * What each demo step gets: the workspace being filled, one seeded random source (so the same seed
 * gives the same workspace), and the anchor instant that "now" means for the demo's dates.
 */
public record DemoContext(Workspace workspace, Random random, Instant anchor, long brandId) {
}
