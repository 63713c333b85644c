package io.vitrine.platform.api;

/** A product tag: the item, where it sits (0..1 on the uncropped image) and on which image of the carousel. */
public record TagPayload(String itemId, double x, double y, int imageIndex) {
}
