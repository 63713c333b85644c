package io.vitrine.poll;

import io.vitrine.brand.BrandFeature;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.CatalogService;
import io.vitrine.common.EventBus;
import io.vitrine.image.ImageStore;
import io.vitrine.workspace.Workspace;
import java.time.Clock;

/** The polls feature's services over one workspace: building and keeping polls, and reading their results. */
public record PollFeature(PollService polls, PollResultsService results, PollRepository repository, CatalogService catalog,
                          ImageStore images) {

    public static PollFeature of(Workspace workspace, CatalogFeature catalog, BrandFeature brand, ImageStore images,
                                 Clock clock) {
        PollRepository repository = new PollRepository(workspace.database());
        PollService polls = new PollService(workspace.database(), repository, brand, catalog.catalog(), images, clock);
        return new PollFeature(polls, new PollResultsService(workspace, repository), repository, catalog.catalog(), images);
    }

    /** Stand-alone, with lower features of its own (tests and the demo generator). */
    public static PollFeature of(Workspace workspace, Clock clock) {
        return of(workspace, CatalogFeature.of(workspace.database(), new EventBus(), clock),
                BrandFeature.of(workspace.database()), new ImageStore(workspace.database()), clock);
    }

    public static PollFeature of(Workspace workspace) {
        return of(workspace, Clock.systemUTC());
    }
}
