package io.vitrine.sync;

import io.vitrine.platform.api.PublicationKind;
import java.time.Instant;

/**
 * A post or poll changed on the platform since our last sync while it also changed here: the
 * platform's version ({@code remoteBody}, a Publication JSON, at {@code remoteEtag}) waits for the
 * person to choose.
 */
public record Conflict(PublicationKind kind, long subjectId, String title, String remoteEtag, String remoteBody,
                       Instant detectedAt) {
}
