package io.vitrine.post.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Problem;
import io.vitrine.image.StoredImage;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.Crop;
import io.vitrine.post.PostEdit;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostRules;
import io.vitrine.post.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The composer's photo and pin edits: adding, ordering and cropping photos, dropping a pin and picking its
 * product, moving and removing pins. Every change goes through the view model's {@code edit}, so the
 * platform limits, undo and autosave apply as to any other edit.
 */
public final class ComposerPhotos {
    private final ComposerViewModel model;
    private final ComposerState state;

    ComposerPhotos(ComposerViewModel model, ComposerState state) {
        this.model = model;
        this.state = state;
    }

    public void addPhotos(List<Path> files) {
        int room = PostRules.MAX_IMAGES - state.post.get().images().size();
        if (room <= 0) {
            state.notice.set("A post can have at most " + PostRules.MAX_IMAGES + " photos. Remove one to add another.");
            return;
        }
        List<Path> accepted = files.size() > room ? files.subList(0, room) : files;
        String skipped = files.size() > room ? " " + (files.size() - room) + " more did not fit: a post has at most "
                + PostRules.MAX_IMAGES + " photos." : "";
        model.tasks().submit("Adding " + accepted.size() + " photo(s)", progress -> {
            List<StoredImage> stored = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path file : accepted) {
                progress.checkCancelled();
                try {
                    stored.add(model.feature().images().put(file));
                } catch (io.vitrine.common.VitrineException e) {
                    refused.add(e.getMessage()); // one bad file does not stop the others
                }
            }
            return java.util.Map.entry(stored, refused);
        }, result -> {
            result.getKey().forEach(this::addStored);
            String problems = String.join(" ", result.getValue()) + skipped;
            if (!problems.isBlank()) {
                state.notice.set(problems.strip() + (result.getValue().isEmpty() ? "" : " Use PNG, JPEG, GIF or WebP photos under 30 MB."));
            }
        });
    }

    /** Adds a picture pasted from the clipboard (stored as PNG). */
    public void addPastedPicture(java.awt.image.BufferedImage picture) {
        model.tasks().submit("Adding the pasted picture", progress -> model.feature().images().put(picture, "Pasted picture"), this::addStored);
    }

    private void addStored(StoredImage image) {
        if (model.edit(new PostEdit.AddImage(PostImage.uncropped(image.sha256(), image.width(), image.height())))) {
            state.selectedImage.set(state.post.get().images().size() - 1);
        }
    }

    public void removePhoto(int position) {
        if (model.edit(new PostEdit.RemoveImage(position))) {
            model.clampSelection();
        }
    }

    public void movePhoto(int from, int to) {
        int size = state.post.get().images().size();
        if (from == to || from < 0 || to < 0 || from >= size || to >= size) {
            return;
        }
        if (model.edit(new PostEdit.MoveImage(from, to))) {
            state.selectedImage.set(to);
            model.sealEdit();
        }
    }

    public void cropTo(AspectRatio aspect) {
        PostImage image = currentImage();
        if (image != null) {
            model.edit(new PostEdit.CropImage(state.selectedImage.get(), aspect, Crop.centred(image.width(), image.height(), aspect)));
            model.sealEdit();
        }
    }

    /** Moves the crop window over the photo (fractions of the photo). */
    public void panCrop(double dx, double dy) {
        PostImage image = currentImage();
        if (image != null && image.aspect() != AspectRatio.ORIGINAL) {
            model.edit(new PostEdit.CropImage(state.selectedImage.get(), image.aspect(), image.crop().movedBy(dx, dy)));
        }
    }

    /** A click on the photo: remembers where, and waits for the product to be picked. */
    public void dropPin(double x, double y) {
        if (!state.editable.get() || currentImage() == null) {
            return;
        }
        int image = state.selectedImage.get();
        if (state.post.get().tagsOn(image).size() >= PostRules.MAX_TAGS_PER_IMAGE) {
            state.notice.set("This photo already has " + PostRules.MAX_TAGS_PER_IMAGE + " pins, the most a photo can have."
                    + " Remove one, or pin the product on another photo.");
            return;
        }
        if (state.post.get().tags().size() >= PostRules.MAX_TAGS_PER_POST) {
            state.notice.set("This post already tags " + PostRules.MAX_TAGS_PER_POST + " products, the most a post can have.");
            return;
        }
        state.selectedTag.set(-1);
        state.pendingPin.set(new ComposerViewModel.PendingPin(image, x, y));
    }

    public void cancelPin() {
        state.pendingPin.set(null);
    }

    /** The product for the waiting pin; warns when shoppers cannot buy it. */
    public void pickProduct(ItemSummary item) {
        ComposerViewModel.PendingPin pin = state.pendingPin.get();
        if (pin == null || item == null) {
            return;
        }
        state.items.put(item.id(), item);
        if (model.edit(new PostEdit.AddTag(new Tag(pin.image(), item.id(), pin.x(), pin.y())))) {
            state.pendingPin.set(null);
            state.selectedTag.set(state.post.get().tags().size() - 1);
            state.notice.set(PostRules.tagWarning(item).map(Problem::message).orElse(""));
        }
    }

    public void moveTag(int index, double x, double y, long gesture) {
        model.edit(new PostEdit.MoveTag(index, x, y, gesture));
    }

    /** Arrow keys: nudges the pin by a step (fractions of the photo). */
    public void nudgeTag(int index, double dx, double dy) {
        Tag tag = state.post.get().tags().get(index);
        model.edit(new PostEdit.MoveTag(index, tag.x() + dx, tag.y() + dy, -1));
    }

    public void removeTag(int index) {
        if (model.edit(new PostEdit.RemoveTag(index))) {
            state.selectedTag.set(-1);
        }
    }

    /** Puts a pin in focus (its place in the post's tag list; -1: none). */
    public void selectTag(int index) {
        state.selectedTag.set(index);
    }

    public void selectImage(int position) {
        state.selectedImage.set(position);
        state.selectedTag.set(-1);
        state.pendingPin.set(null);
    }

    private PostImage currentImage() {
        int i = state.selectedImage.get();
        List<PostImage> images = state.post.get().images();
        return i >= 0 && i < images.size() ? images.get(i) : null;
    }
}
