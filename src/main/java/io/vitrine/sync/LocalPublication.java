package io.vitrine.sync;

import io.vitrine.common.Hashes;
import io.vitrine.common.Json;
import io.vitrine.platform.api.PublicationKind;
import java.util.Set;

/**
 * A post or poll as the platform should have it: the payload, its JSON and hash (what change
 * detection compares), and the catalog items and images the platform must hold first.
 */
record LocalPublication(PublicationKind kind, long id, long brandId, String platformId, String etag, Object payload,
                        Set<String> itemIds, Set<String> imageIds) {

    String json() {
        return Json.write(payload);
    }

    String hash() {
        return Hashes.sha256(json());
    }
}
