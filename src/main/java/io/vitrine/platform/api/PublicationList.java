package io.vitrine.platform.api;

import java.util.List;

/** {@code GET /v1/publications}: every publication of the brand, for status updates in one call. */
public record PublicationList(List<Publication> publications) {
    public PublicationList {
        publications = publications == null ? List.of() : List.copyOf(publications);
    }
}
