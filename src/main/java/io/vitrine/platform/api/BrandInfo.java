package io.vitrine.platform.api;

/** {@code GET /v1/brand}: the brand a token belongs to. */
public record BrandInfo(String id, String name, String handle) {
}
