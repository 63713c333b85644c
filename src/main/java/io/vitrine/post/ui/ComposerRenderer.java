package io.vitrine.post.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.ui.PublishStateBadge;
import io.vitrine.brand.ui.ZoneChoices;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.StockBadge;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.post.AspectRatio;
import io.vitrine.post.Post;
import io.vitrine.post.PostImage;
import io.vitrine.post.Tag;
import io.vitrine.ui.Icons;
import io.vitrine.ui.PlatformMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** Puts the composer's state on screen: what each control shows for the post being composed. */
final class ComposerRenderer {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ComposerView view;
    private final ComposerViewModel model;
    private final ImageCache images;
    private boolean updating;
    private String shownPhoto;

    ComposerRenderer(ComposerView view, ComposerViewModel model, ImageCache images) {
        this.view = view;
        this.model = model;
        this.images = images;
    }

    /** True while the screen is being updated from the model (so input handlers ignore the changes). */
    boolean updating() {
        return updating;
    }

    void render(Post post) {
        if (post == null) {
            return;
        }
        updating = true;
        try {
            view.composerTitle.setText(post.isNew() ? "New post" : "Post #" + post.id());
            PublishStateBadge.apply(view.statusBadge, post.status());
            showPlatformMessage(post);
            int selected = model.state().selectedImageProperty().get();
            boolean editable = model.state().editableProperty().get();
            view.carousel.show(post.images(), selected, editable);
            PostImage photo = selected >= 0 && selected < post.images().size() ? post.images().get(selected) : null;
            showPhoto(post, photo, selected);
            showPins(post);
            if (!view.captionArea.getText().equals(post.caption())) {
                int caret = Math.min(view.captionArea.getCaretPosition(), post.caption().length());
                view.captionArea.setText(post.caption());
                view.captionArea.positionCaret(caret);
            }
            if (!view.interestsField.isFocused()) {
                view.interestsField.setText(String.join(", ", post.interests()));
            }
            view.ctaChoice.setValue(post.callToAction());
            view.campaignChoice.setValue(view.campaignChoice.getItems().stream()
                    .filter(c -> c != null && Objects.equals(c.id(), post.campaignId())).findFirst().orElse(null));
            showSchedule(post);
            showActions(post, editable);
            view.preview.show(post, model.state().brandProperty().get(), model.state().items(), Math.max(0, selected));
        } finally {
            updating = false;
        }
    }

    private void showPhoto(Post post, PostImage photo, int selected) {
        AspectRatio aspect = photo == null ? AspectRatio.ORIGINAL : photo.aspect();
        for (Toggle toggle : view.cropGroup().getToggles()) {
            toggle.setSelected(ComposerView.aspectOf((javafx.scene.control.ToggleButton) toggle) == aspect);
        }
        view.cropHint.setVisible(aspect != AspectRatio.ORIGINAL);
        if (photo == null) {
            shownPhoto = null;
            view.canvas.setPhoto(null, null);
        } else if (photo.imageSha256().equals(shownPhoto)) {
            view.canvas.setPhoto(currentImage(), photo);
        } else {
            String sha = photo.imageSha256();
            images.photo(sha, image -> {
                PostImage still = currentPhoto();
                if (still != null && still.imageSha256().equals(sha)) {
                    shownPhoto = sha;
                    view.canvas.setPhoto(image, still);
                }
            });
        }
        List<Integer> indexes = new ArrayList<>();
        List<TagPinCanvas.PinData> pins = new ArrayList<>();
        for (int i = 0; i < post.tags().size(); i++) {
            Tag tag = post.tags().get(i);
            if (tag.imagePosition() == selected) {
                indexes.add(i);
                pins.add(pinData(tag));
            }
        }
        view.canvas.setPins(indexes, pins, model.state().selectedTagProperty().get());
        ComposerViewModel.PendingPin pending = model.state().pendingPinProperty().get();
        view.canvas.setPending(pending == null ? null : pending.x(), pending == null ? null : pending.y());
    }

    private javafx.scene.image.Image currentImage() {
        javafx.scene.Node node = view.canvas.getChildrenUnmodifiable().get(0);
        return node instanceof javafx.scene.image.ImageView iv ? iv.getImage() : null;
    }

    private PostImage currentPhoto() {
        Post post = model.state().postProperty().get();
        int selected = model.state().selectedImageProperty().get();
        return selected >= 0 && selected < post.images().size() ? post.images().get(selected) : null;
    }

    private TagPinCanvas.PinData pinData(Tag tag) {
        ItemSummary item = model.state().items().get(tag.itemId());
        if (item == null) {
            return new TagPinCanvas.PinData(tag.x(), tag.y(), tag.itemId(), "not in the catalog", true);
        }
        return new TagPinCanvas.PinData(tag.x(), tag.y(), item.title(),
                Formats.money(item.priceMicros(), item.currency()) + " · " + stockText(item), item.needsAttention());
    }

    static String stockText(ItemSummary item) {
        Label probe = new Label();
        StockBadge.apply(probe, item);
        return probe.getText();
    }

    /** Every pin of the post: which photo, the product's title, price and stock, and a remove button. */
    private void showPins(Post post) {
        view.pinListBox.getChildren().clear();
        for (int i = 0; i < post.tags().size(); i++) {
            Tag tag = post.tags().get(i);
            ItemSummary item = model.state().items().get(tag.itemId());
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("pin-list-number");
            Label title = new Label((item == null ? tag.itemId() : item.title()) + "  ·  photo " + (tag.imagePosition() + 1));
            title.getStyleClass().add("pin-list-title");
            Label price = new Label(item == null ? "" : Formats.money(item.priceMicros(), item.currency()));
            Label stock = item == null ? new Label("Not in the catalog") : StockBadge.of(item);
            if (item == null) {
                stock.getStyleClass().addAll("badge", "badge-negative");
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, Icons.of(Feather.TRASH_2));
            remove.setId("removePin" + i);
            remove.getStyleClass().add("flat");
            remove.setDisable(!model.state().editableProperty().get());
            int index = i;
            remove.setOnAction(e -> model.photos().removeTag(index));
            HBox row = new HBox(8, number, title, spacer, price, stock, remove);
            row.setId("pinRow" + i);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("pin-list-row");
            row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), model.state().selectedTagProperty().get() == i);
            row.setOnMouseClicked(e -> {
                model.photos().selectImage(tag.imagePosition());
                model.state().selectedTagProperty().set(index);
                view.canvas.focusPin(index);
            });
            view.pinListBox.getChildren().add(row);
        }
    }

    private void showSchedule(Post post) {
        ZoneId zone = model.zone();
        if (!view.scheduleZone.getItems().contains(zone)) {
            view.scheduleZone.getItems().setAll(ZoneChoices.around(zone,
                    model.state().brandProperty().get() == null ? null : model.state().brandProperty().get().timeZone()));
        }
        view.scheduleZone.setValue(zone);
        Instant at = post.scheduledAt();
        if (at == null) {
            view.scheduleDate.setValue(null);
            if (!view.scheduleTime.isFocused()) {
                view.scheduleTime.setText("");
            }
            view.scheduleUtc.setText(post.status() == PublishState.PUBLISHED && post.publishedAt() != null
                    ? "Published " + Formats.dateTime(post.publishedAt(), zone) : "Not scheduled: saved as a draft.");
            return;
        }
        ZonedDateTime local = at.atZone(zone);
        view.scheduleDate.setValue(local.toLocalDate());
        if (!view.scheduleTime.isFocused()) {
            view.scheduleTime.setText(HOUR.format(local));
        }
        view.scheduleUtc.setText(Formats.dateTime(at, zone) + " " + ZoneChoices.shortName(zone, at) + "  =  "
                + Formats.dateTime(at, ZoneId.of("UTC")) + " UTC");
    }

    private void showActions(Post post, boolean editable) {
        PublishState status = post.status();
        show(view.scheduleButton, editable && (status == PublishState.DRAFT || status == PublishState.FAILED));
        show(view.saveDraftButton, editable && status == PublishState.DRAFT);
        show(view.saveChangesButton, editable && (status == PublishState.SCHEDULED || status == PublishState.PUBLISHED));
        show(view.unscheduleButton, editable && !post.isNew() && (status == PublishState.SCHEDULED || status == PublishState.FAILED));
        show(view.duplicateButton, !post.isNew());
        show(view.archiveButton, !post.isNew() && status != PublishState.ARCHIVED && status != PublishState.QUEUED);
        view.pinHelp.setVisible(editable && !post.images().isEmpty());
        view.pinHelp.setManaged(view.pinHelp.isVisible());
    }

    /** What the platform said about this post (why it failed, or that it refused a change), where it is edited. */
    private void showPlatformMessage(Post post) {
        boolean failed = post.status() == PublishState.FAILED;
        PlatformMessage.show(view.platformMessage, PlatformMessage.text(failed, post.syncError()), failed);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    void showProblems() {
        view.problemsBox.getChildren().clear();
        for (Problem problem : model.state().problems()) {
            Label label = new Label(problem.message(), Icons.of(problem.isError() ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE));
            label.setWrapText(true);
            label.getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
            view.problemsBox.getChildren().add(label);
        }
    }

    /** Applies text typed in fields that have not lost focus yet (interests, time). */
    void commitPendingFields() {
        model.editInterests(view.interestsField.getText());
        if (view.scheduleDate.getValue() != null) {
            model.editSchedule(view.scheduleDate.getValue(), view.scheduleTime.getText(), view.scheduleZone.getValue());
        }
    }

    Campaign selectedCampaign() {
        return view.campaignChoice.getValue();
    }
}
