package io.vitrine.sync;

import io.vitrine.common.Hashes;
import io.vitrine.common.Json;
import io.vitrine.platform.api.PublicationKind;

/**
 * A post or poll as the platform should have it: the payload, its JSON and hash (what change
 * detection compares). The items and images it needs are read from the queued body when it is sent.
 */
record LocalPublication(PublicationKind kind, long id, long brandId, String platformId, Object payload) {

    String json() {
        return Json.write(payload);
    }

    String hash() {
        return Hashes.sha256(json());
    }
}
