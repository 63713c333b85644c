package io.vitrine.sync;

import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import java.util.Map;

/** Brings the status of every publication (scheduled → published, polls closed, rejections) home in one call. */
final class StatusUpdater {
    private final Database database;
    private final SyncStateRepository state;
    private final PublicationRepository records;

    StatusUpdater(Database database, SyncStateRepository state, PublicationRepository records) {
        this.database = database;
        this.state = state;
        this.records = records;
    }

    /** Returns how many local posts and polls changed. */
    int update(PlatformClient client, long brandId) {
        Map<String, Long> posts = state.platformIds(PublicationKind.POST, brandId);
        Map<String, Long> polls = state.platformIds(PublicationKind.POLL, brandId);
        var remote = client.publications().publications();
        return database.write(sql -> {
            int changed = 0;
            for (Publication publication : remote) {
                Long id = (publication.kind() == PublicationKind.POST ? posts : polls).get(publication.id());
                if (id != null && records.statusChanged(sql, publication.kind(), id, publication)) {
                    changed++;
                }
            }
            return changed;
        });
    }
}
