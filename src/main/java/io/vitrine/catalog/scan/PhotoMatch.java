package io.vitrine.catalog.scan;

/** A catalog picture that matches a scanned photo: its image link, a score (0–1) and why, in words. */
public record PhotoMatch(String imageLink, double score, String reason) {
}
