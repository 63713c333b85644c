package io.vitrine.post;

import io.vitrine.catalog.CatalogService;
import io.vitrine.image.ImageStore;
import io.vitrine.workspace.Database;
import java.time.Clock;

/** The posts feature's services over one workspace, wired once for a screen, a CLI command or a test. */
public record PostFeature(PostService posts, CampaignService campaigns, BrandProfiles brands, StaleTagService staleTags,
                          CalendarService calendar, ImageStore images, CatalogService catalog, PostCreator creator) {

    public static PostFeature of(Database database) {
        return of(database, Clock.systemUTC());
    }

    public static PostFeature of(Database database, Clock clock) {
        CatalogService catalog = new CatalogService(database);
        ImageStore images = new ImageStore(database);
        PostService posts = new PostService(database, catalog, clock);
        CampaignService campaigns = new CampaignService(database);
        return new PostFeature(posts, campaigns, new BrandProfiles(database), new StaleTagService(database, catalog, clock),
                new CalendarService(database, posts, clock), images, catalog, new PostCreator(database, posts, campaigns, images));
    }
}
