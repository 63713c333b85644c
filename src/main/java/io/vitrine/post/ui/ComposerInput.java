package io.vitrine.post.ui;

import io.vitrine.post.PostEdit;
import io.vitrine.ui.UndoKeys;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/** What the person does in the composer, forwarded to the view model: clicks, drags, keys, drops and pastes. */
final class ComposerInput {
    private final ComposerView view;
    private final ComposerViewModel model;

    ComposerInput(ComposerView view, ComposerViewModel model) {
        this.view = view;
        this.model = model;
    }

    void wire() {
        wireCanvas();
        view.carousel.setOnSelect(model.photos()::selectImage);
        view.carousel.setOnRemove(model.photos()::removePhoto);
        view.carousel.setOnMove(model.photos()::movePhoto);
        view.cropGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !updating()) {
                model.photos().cropTo(ComposerView.aspectOf((javafx.scene.control.ToggleButton) now));
            }
        });
        view.picker.setOnItemPicked(model.photos()::pickProduct);
        view.pickerBox.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) { // Escape closes the list and drops the waiting pin
                model.photos().cancelPin();
                e.consume();
            }
        });
        view.captionArea.textProperty().addListener((obs, old, text) -> {
            if (!updating()) {
                model.editCaption(text);
            }
        });
        view.captionArea.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.sealEdit();
            }
        });
        view.interestsField.setOnAction(e -> model.editInterests(view.interestsField.getText()));
        view.interestsField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.editInterests(view.interestsField.getText());
            }
        });
        view.ctaChoice.valueProperty().addListener((obs, old, cta) -> {
            if (!updating()) {
                model.edit(new PostEdit.SetCallToAction(cta));
            }
        });
        view.campaignChoice.valueProperty().addListener((obs, old, campaign) -> {
            if (!updating()) {
                model.edit(new PostEdit.SetCampaign(campaign == null ? null : campaign.id()));
            }
        });
        wireSchedule();
        wireKeysAndDrops();
    }

    private boolean updating() {
        return view.rendererUpdating();
    }

    private void wireCanvas() {
        TagPinCanvas canvas = view.canvas;
        canvas.setOnPhotoClicked(model.photos()::dropPin);
        canvas.setOnCropPanned(model.photos()::panCrop);
        canvas.setOnPinMoved(model.photos()::moveTag);
        canvas.setOnPinNudged((index, dx, dy, gesture) -> model.photos().nudgeTag(index, dx, dy));
        canvas.setOnPinSelected(index -> model.state().selectedTagProperty().set(index));
        canvas.setOnPinDeleted(model.photos()::removeTag);
        canvas.setOnGestureEnd(model::sealEdit);
    }

    private void wireSchedule() {
        Runnable apply = () -> {
            if (!updating()) {
                model.editSchedule(view.scheduleDate.getValue(), view.scheduleTime.getText(), view.scheduleZone.getValue());
            }
        };
        view.scheduleDate.valueProperty().addListener((obs, old, date) -> apply.run());
        view.scheduleZone.valueProperty().addListener((obs, old, zone) -> apply.run());
        view.scheduleTime.setOnAction(e -> apply.run());
        view.scheduleTime.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    private void wireKeysAndDrops() {
        view.composerRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!UndoKeys.handle(e, model::undo, model::redo) && e.isShortcutDown() && e.getCode() == KeyCode.V
                    && !(e.getTarget() instanceof TextInputControl) && paste()) {
                e.consume();
            }
        });
        view.composerRoot.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.state().editableProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        view.composerRoot.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                model.photos().addPhotos(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Ctrl+V outside a text field: photo files or a copied picture from the clipboard. */
    private boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            List<Path> files = clipboard.getFiles().stream().map(File::toPath).toList();
            model.photos().addPhotos(files);
            return true;
        }
        if (clipboard.hasImage()) {
            BufferedImage picture = SwingFXUtils.fromFXImage(clipboard.getImage(), null);
            model.photos().addPastedPicture(picture);
            return true;
        }
        return false;
    }
}
