package io.vitrine.post.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.ProductPicker;
import io.vitrine.catalog.ui.StockBadge;
import io.vitrine.common.Formats;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.Post;
import io.vitrine.post.PostImage;
import io.vitrine.post.Tag;
import io.vitrine.ui.ImageCache;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The composer's photo area: the carousel, the crop choice, the photo with its pins, and the product picker for
 * a pin just dropped. Shows the post's photos and pins and forwards clicks, drags and keys to the photo commands.
 */
final class PhotoEditor {
    private final ComposerViewModel model;
    private final ImageCache images;
    private final CarouselStrip carousel;
    private final TagPinCanvas canvas;
    private final ToggleGroup crops;
    private final Label cropHint;
    private final Region pickerBox;
    private final ProductPicker picker;
    private boolean updating;
    private String shownPhoto;

    /** @param crops the crop choices; each toggle's user data is an {@link AspectRatio} code */
    PhotoEditor(ComposerViewModel model, ImageCache images, CarouselStrip carousel, TagPinCanvas canvas, ToggleGroup crops,
                Label cropHint, Region pickerBox, ProductPicker picker) {
        this.model = model;
        this.images = images;
        this.carousel = carousel;
        this.canvas = canvas;
        this.crops = crops;
        this.cropHint = cropHint;
        this.pickerBox = pickerBox;
        this.picker = picker;
        wire();
    }

    private void wire() {
        ComposerPhotos photos = model.photos();
        canvas.setOnPhotoClicked(photos::dropPin);
        canvas.setOnCropPanned(photos::panCrop);
        canvas.setOnPinMoved(photos::moveTag);
        canvas.setOnPinNudged((index, dx, dy, gesture) -> photos.nudgeTag(index, dx, dy));
        canvas.setOnPinSelected(photos::selectTag);
        canvas.setOnPinDeleted(photos::removeTag);
        canvas.setOnGestureEnd(model::sealEdit);
        carousel.setOnSelect(photos::selectImage);
        carousel.setOnRemove(photos::removePhoto);
        carousel.setOnMove(photos::movePhoto);
        crops.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !updating) {
                photos.cropTo(aspectOf(now));
            }
        });
        picker.setOnItemPicked(photos::pickProduct);
        pickerBox.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) { // Escape closes the list and drops the waiting pin
                photos.cancelPin();
                e.consume();
            }
        });
    }

    /** A pin dropped: the picker opens, cleared. The pin placed or dropped: the focus stays on the photo. */
    void pendingChanged(ComposerViewModel.PendingPin old, ComposerViewModel.PendingPin pin) {
        if (pin != null) {
            picker.clear();
            picker.requestFocus();
        } else if (old != null) {
            int tag = model.state().selectedTagProperty().get();
            if (tag >= 0) {
                canvas.focusPin(tag);
            } else {
                canvas.requestFocus();
            }
        }
    }

    void show(Post post) {
        updating = true;
        try {
            int selected = model.state().selectedImageProperty().get();
            carousel.show(post.images(), selected, model.state().editableProperty().get());
            PostImage photo = selected >= 0 && selected < post.images().size() ? post.images().get(selected) : null;
            showCrop(photo);
            showPhoto(photo);
            showPins(post, selected);
        } finally {
            updating = false;
        }
    }

    private void showCrop(PostImage photo) {
        AspectRatio aspect = photo == null ? AspectRatio.ORIGINAL : photo.aspect();
        for (Toggle toggle : crops.getToggles()) {
            toggle.setSelected(aspectOf(toggle) == aspect);
        }
        cropHint.setVisible(aspect != AspectRatio.ORIGINAL);
    }

    /** The photo from the cache; a photo that arrives after another was chosen is not shown. */
    private void showPhoto(PostImage photo) {
        if (photo == null) {
            shownPhoto = null;
            canvas.setPhoto(null, null);
        } else if (photo.imageSha256().equals(shownPhoto)) {
            canvas.setPhoto(canvas.image(), photo);
        } else {
            String sha = photo.imageSha256();
            images.photo(sha, image -> {
                PostImage still = currentPhoto();
                if (still != null && still.imageSha256().equals(sha)) {
                    shownPhoto = sha;
                    canvas.setPhoto(image, still);
                }
            });
        }
    }

    private PostImage currentPhoto() {
        Post post = model.state().postProperty().get();
        int selected = model.state().selectedImageProperty().get();
        return selected >= 0 && selected < post.images().size() ? post.images().get(selected) : null;
    }

    private void showPins(Post post, int selected) {
        List<Integer> indexes = new ArrayList<>();
        List<TagPinCanvas.PinData> pins = new ArrayList<>();
        for (int i = 0; i < post.tags().size(); i++) {
            Tag tag = post.tags().get(i);
            if (tag.imagePosition() == selected) {
                indexes.add(i);
                pins.add(pinData(tag, model.state().items().get(tag.itemId())));
            }
        }
        canvas.setPins(indexes, pins, model.state().selectedTagProperty().get());
        ComposerViewModel.PendingPin pending = model.state().pendingPinProperty().get();
        canvas.setPending(pending == null ? null : pending.x(), pending == null ? null : pending.y());
    }

    /** A pin's label: the product's title, price and stock, or that it is not in the catalog. */
    private static TagPinCanvas.PinData pinData(Tag tag, ItemSummary item) {
        if (item == null) {
            return new TagPinCanvas.PinData(tag.x(), tag.y(), tag.itemId(), "not in the catalog", true);
        }
        return new TagPinCanvas.PinData(tag.x(), tag.y(), item.title(),
                Formats.money(item.priceMicros(), item.currency()) + " · " + StockBadge.text(item), item.needsAttention());
    }

    private static AspectRatio aspectOf(Toggle toggle) {
        return AspectRatio.fromCode((String) ((ToggleButton) toggle).getUserData());
    }
}
