package io.vitrine.brand;

import io.vitrine.workspace.Database;

/** What posts and polls share: the brand profiles that publish them and the campaigns that group them. */
public record BrandFeature(BrandProfiles brands, CampaignService campaigns) {

    public static BrandFeature of(Database database) {
        return new BrandFeature(new BrandProfiles(database), new CampaignService(database));
    }
}
