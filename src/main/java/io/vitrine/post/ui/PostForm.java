package io.vitrine.post.ui;

import io.vitrine.brand.Campaign;
import io.vitrine.brand.ui.ZoneChoices;
import io.vitrine.post.CallToAction;
import io.vitrine.post.Post;
import io.vitrine.ui.Converters;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The composer's text and choices: caption, interests, call to action, campaign, and when to publish (date,
 * "HH:mm", zone). Shows the post's values without disturbing what is being typed, and forwards each change.
 */
final class PostForm {
    /** The form's controls, as the composer's layout declares them. */
    record Controls(TextArea caption, TextField interests, ComboBox<CallToAction> callToAction, ComboBox<Campaign> campaign,
                    DatePicker date, TextField time, ComboBox<ZoneId> zone) {
    }

    private final ComposerViewModel model;
    private final Controls controls;
    private boolean updating;

    PostForm(ComposerViewModel model, Controls controls) {
        this.model = model;
        this.controls = controls;
        controls.callToAction().getItems().add(null);
        controls.callToAction().getItems().addAll(CallToAction.values());
        controls.callToAction().setConverter(Converters.displaying(CallToAction::label));
        controls.campaign().setConverter(Converters.displaying(Campaign::name));
        controls.zone().setConverter(Converters.displaying(ZoneChoices::label));
        wireText();
        wireSchedule();
    }

    private void wireText() {
        TextArea caption = controls.caption();
        caption.textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                model.editCaption(text);
            }
        });
        caption.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.sealEdit();
            }
        });
        TextField interests = controls.interests();
        interests.setOnAction(e -> model.editInterests(interests.getText()));
        interests.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.editInterests(interests.getText());
            }
        });
        controls.callToAction().valueProperty().addListener((obs, old, cta) -> {
            if (!updating) {
                model.setCallToAction(cta);
            }
        });
        controls.campaign().valueProperty().addListener((obs, old, campaign) -> {
            if (!updating) {
                model.setCampaign(campaign == null ? null : campaign.id());
            }
        });
    }

    private void wireSchedule() {
        Runnable apply = () -> {
            if (!updating) {
                model.editSchedule(controls.date().getValue(), controls.time().getText(), controls.zone().getValue());
            }
        };
        controls.date().valueProperty().addListener((obs, old, date) -> apply.run());
        controls.zone().valueProperty().addListener((obs, old, zone) -> apply.run());
        controls.time().setOnAction(e -> apply.run());
        controls.time().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    void show(Post post) {
        updating = true;
        try {
            TextArea caption = controls.caption();
            if (!caption.getText().equals(post.caption())) {
                int caret = Math.min(caption.getCaretPosition(), post.caption().length());
                caption.setText(post.caption());
                caption.positionCaret(caret);
            }
            if (!controls.interests().isFocused()) {
                controls.interests().setText(String.join(", ", post.interests()));
            }
            controls.callToAction().setValue(post.callToAction());
            controls.campaign().setValue(controls.campaign().getItems().stream()
                    .filter(c -> c != null && Objects.equals(c.id(), post.campaignId())).findFirst().orElse(null));
            showSchedule();
        } finally {
            updating = false;
        }
    }

    /** The date, time and zone as the composer's display has them for this post. */
    private void showSchedule() {
        ComposerDisplay display = model.display();
        ZoneId zone = display.zoneProperty().get();
        if (!controls.zone().getItems().contains(zone)) {
            controls.zone().getItems().setAll(display.zones());
        }
        controls.zone().setValue(zone);
        controls.date().setValue(display.scheduleDateProperty().get());
        if (!controls.time().isFocused()) {
            controls.time().setText(display.scheduleTimeProperty().get());
        }
    }

    /** Campaigns to choose from (with "No campaign"), the post's own chosen. */
    void setCampaigns(List<Campaign> campaigns, Post post) {
        updating = true;
        try {
            controls.campaign().getItems().setAll((Campaign) null);
            controls.campaign().getItems().addAll(campaigns);
        } finally {
            updating = false;
        }
        show(post);
    }

    /** Applies text typed in fields that have not lost focus yet (interests, time). */
    void commitPending() {
        model.editInterests(controls.interests().getText());
        if (controls.date().getValue() != null) {
            model.editSchedule(controls.date().getValue(), controls.time().getText(), controls.zone().getValue());
        }
    }
}
