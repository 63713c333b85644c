package io.vitrine.platform.api;

/** Simulator only: a brand it serves, with the bearer token for it (printed on start). */
public record SimBrand(String id, String name, String token) {
}
