package io.vitrine.platform.api;

/** One image of a post, by the id the upload returned (its SHA-256), with its crop. */
public record PostImageRef(String imageId, Crop crop) {
}
