package io.vitrine.brand;

import java.time.ZoneId;

/** A brand's account on the platform, as the composer needs it: who posts, and the home time zone. */
public record BrandProfile(long id, String name, String handle, ZoneId timeZone) {
    @Override
    public String toString() {
        return name + " (@" + handle + ")";
    }
}
