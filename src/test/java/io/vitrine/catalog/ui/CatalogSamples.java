package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;

/** The sample feeds a user can try (resources/samples), imported into a real workspace for view-model tests. */
final class CatalogSamples {
    static final Path SAMPLES = Path.of("resources", "samples").toAbsolutePath();

    private CatalogSamples() {
    }

    static CatalogFeature feature(Workspace workspace) {
        return CatalogFeature.of(workspace.database(), new EventBus());
    }

    /** Imports a sample (e.g. "gmc.tsv": eight Maison Lumière items, cushions in three colours). */
    static ImportReport importSample(Workspace workspace, String name) {
        return feature(workspace).imports().importFeed(FeedSource.of(SAMPLES.resolve(name)), ImportRequest.auto(), Progress.NONE);
    }
}
