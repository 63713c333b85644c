package io.vitrine.post;

/**
 * A catalog product pinned on one photo of a post. {@code x,y} are fractions (0..1) of the
 * uncropped photo, so a pin stays on its product whatever the crop or the screen size.
 */
public record Tag(int imagePosition, String itemId, double x, double y) {

    public Tag {
        if (itemId == null || itemId.isBlank()) {
            throw new IllegalArgumentException("A tag needs a catalog item id");
        }
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("Tag coordinates must be between 0 and 1, got " + x + "," + y);
        }
    }

    public Tag movedTo(double newX, double newY) {
        return new Tag(imagePosition, itemId, Crop.clamp(newX, 0, 1), Crop.clamp(newY, 0, 1));
    }

    public Tag withItem(String newItemId) {
        return new Tag(imagePosition, newItemId, x, y);
    }

    public Tag onImage(int position) {
        return new Tag(position, itemId, x, y);
    }
}
