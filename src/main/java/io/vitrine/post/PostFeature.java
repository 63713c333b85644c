package io.vitrine.post;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.BrandProfiles;
import io.vitrine.brand.CampaignService;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.CatalogService;
import io.vitrine.common.EventBus;
import io.vitrine.image.ImageStore;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The posts feature's services over one workspace, with the lower features' services they use (catalog,
 * brand profiles, campaigns, images), wired once for the studio, a CLI command or a test.
 */
public record PostFeature(PostService posts, StaleTagService staleTags, PostCreator creator, ScheduleImport scheduleImport,
                          ImageStore images, CatalogService catalog, BrandProfiles brands, CampaignService campaigns) {

    public static PostFeature of(Database database, CatalogFeature catalog, BrandFeature brand, ImageStore images, Clock clock) {
        PostService posts = new PostService(database, catalog.catalog(), clock);
        PostCreator creator = new PostCreator(database, posts, brand.campaigns(), images);
        return new PostFeature(posts, new StaleTagService(database, catalog.catalog(), clock), creator,
                new ScheduleImport(creator), images, catalog.catalog(), brand.brands(), brand.campaigns());
    }

    /** Stand-alone, with lower features of its own (tests and the demo generator). */
    public static PostFeature of(Database database, Clock clock) {
        return of(database, CatalogFeature.of(database, new EventBus(), clock), BrandFeature.of(database),
                new ImageStore(database), clock);
    }

    public static PostFeature of(Database database) {
        return of(database, Clock.systemUTC());
    }
}
