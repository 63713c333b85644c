package io.vitrine.post.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.brand.ui.PublishStateBadge;
import io.vitrine.common.Formats;
import io.vitrine.post.PostSummary;
import io.vitrine.ui.ImageCache;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A post in the list: first photo, caption's first line, status, when (in its time zone), campaign and pins. */
final class PostCell extends ListCell<PostSummary> {
    static final String POST_CELL_COVER = "post-cell-cover";
    static final String POST_CELL_HEADLINE = "post-cell-headline";
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm");
    private final ImageCache images;
    private final Function<PostSummary, ZoneId> zoneOf;
    private final ImageView cover = new ImageView();
    private final Label headline = new Label();
    private final Label status = new Label();
    private final Label when = new Label();
    private final Label detail = new Label();
    private final HBox row;

    PostCell(ImageCache images, Function<PostSummary, ZoneId> zoneOf) {
        this.images = images;
        this.zoneOf = zoneOf;
        cover.setFitWidth(48);
        cover.setFitHeight(48);
        cover.setPreserveRatio(true);
        headline.getStyleClass().add(POST_CELL_HEADLINE);
        when.getStyleClass().add(Styles.TEXT_MUTED);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        when.setMinWidth(0);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, status, spacer, when);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, top, headline, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Region frame = new Region();
        frame.getStyleClass().add(POST_CELL_COVER);
        row = new HBox(8, new javafx.scene.layout.StackPane(frame, cover), text);
        row.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0); // follow the list's width and shorten text, never scroll sideways
        headline.setMinWidth(0);
        detail.setMinWidth(0);
        text.setMinWidth(0);
    }

    @Override
    protected void updateItem(PostSummary post, boolean empty) {
        super.updateItem(post, empty);
        if (empty || post == null) {
            setGraphic(null);
            return;
        }
        setId("postCell" + post.id());
        headline.setText(post.headline());
        PublishStateBadge.apply(status, post.status());
        ZoneId zone = zoneOf.apply(post);
        when.setText(post.when() == null ? "" : WHEN.withLocale(java.util.Locale.getDefault()).format(post.when().atZone(zone)));
        when.setTooltip(post.when() == null ? null : new javafx.scene.control.Tooltip(Formats.dateTime(post.when(), zone) + " "
                + zone.getId() + " (" + post.when() + " UTC)"));
        detail.setText((post.campaignName() == null ? "" : post.campaignName() + " · ") + post.imageCount() + " photo"
                + (post.imageCount() == 1 ? "" : "s") + " · " + post.tagCount() + " pin" + (post.tagCount() == 1 ? "" : "s")
                + (post.syncError() == null ? "" : " · " + post.syncError()));
        cover.setImage(null);
        String sha = post.coverSha256();
        images.thumbnail(sha, image -> {
            if (getItem() != null && sha.equals(getItem().coverSha256())) {
                cover.setImage(image);
            }
        });
        setGraphic(row);
    }
}
