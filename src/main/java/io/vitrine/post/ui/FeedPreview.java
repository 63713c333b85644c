package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.post.Post;
import io.vitrine.post.PostImage;
import io.vitrine.post.Tag;
import io.vitrine.ui.Icons;
import io.vitrine.ui.ImageCache;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

/**
 * A phone-sized feed card as the platform shows the post: the brand, the cropped photo with its
 * shopping dots (tap one for the product sheet: price, stock, Buy), carousel dots, actions, the
 * caption with its hashtags and mentions, and the call to action. Light or dark, like the app.
 */
public final class FeedPreview extends VBox {
    static final String FEED_ACTIONS = "feed-actions";
    static final String FEED_AVATAR = "feed-avatar";
    static final String FEED_CAPTION = "feed-caption";
    static final String FEED_CAROUSEL_DOTS = "feed-carousel-dots";
    static final String FEED_CTA = "feed-cta";
    static final String FEED_DARK = "feed-dark";
    static final String FEED_HANDLE = "feed-handle";
    static final String FEED_HEADER = "feed-header";
    static final String FEED_MUTED = "feed-muted";
    static final String FEED_PAGE_DOT = "feed-page-dot";
    static final String FEED_PAGE_DOT_CURRENT = "feed-page-dot-current";
    static final String FEED_PHOTO = "feed-photo";
    static final String FEED_PREVIEW = "feed-preview";
    static final String FEED_SHOP_DOT = "feed-shop-dot";
    static final String FEED_TEXT = "feed-text";
    static final String FEED_TEXT_BOLD = "feed-text-bold";
    public static final String ID = "feedPreview";
    static final double WIDTH = 300;
    private static final Pattern TOKENS = Pattern.compile("([#@][\\p{L}\\p{N}_.]+)");

    private final ImageCache images;
    private final Label handle = new Label();
    private final StackPane photoPane = new StackPane();
    private final ImageView photoView = new ImageView();
    private final Pane dotLayer = new Pane();
    private final HBox carouselDots = new HBox(4);
    private final TextFlow caption = new TextFlow();
    private final Button callToAction = new Button();
    private final ProductSheet sheet = new ProductSheet();
    private Post post;
    private BrandProfile brand;
    private Map<String, ItemSummary> items = Map.of();
    private int shownPhoto;

    public FeedPreview(ImageCache images) {
        this.images = images;
        setId(ID);
        getStyleClass().add(FEED_PREVIEW);
        setMaxWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        Label avatar = new Label();
        avatar.getStyleClass().add(FEED_AVATAR);
        handle.getStyleClass().add(FEED_HANDLE);
        Label more = new Label("···");
        more.getStyleClass().add(FEED_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, avatar, handle, spacer, more);
        header.getStyleClass().add(FEED_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        photoView.setPreserveRatio(false);
        photoPane.getStyleClass().add(FEED_PHOTO);
        photoPane.getChildren().addAll(photoView, dotLayer, sheet);
        StackPane.setAlignment(sheet, Pos.BOTTOM_CENTER);
        photoPane.setOnMouseClicked(e -> {
            if (e.getTarget() == photoView) {
                sheet.hide();
            }
        });
        carouselDots.setAlignment(Pos.CENTER);
        carouselDots.getStyleClass().add(FEED_CAROUSEL_DOTS);
        HBox actions = new HBox(14, Icons.of(Feather.SMILE), Icons.of(Feather.MESSAGE_CIRCLE), Icons.of(Feather.SEND),
                spacerOf(), Icons.of(Feather.SHOPPING_BAG));
        actions.getStyleClass().add(FEED_ACTIONS);
        actions.setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add(FEED_CAPTION);
        caption.setMaxWidth(WIDTH - 24);
        callToAction.setId("previewCallToAction");
        callToAction.getStyleClass().add(FEED_CTA);
        callToAction.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(header, photoPane, carouselDots, callToAction, actions, caption);
    }

    private static Region spacerOf() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public void setDark(boolean dark) {
        getStyleClass().remove(FEED_DARK);
        if (dark) {
            getStyleClass().add(FEED_DARK);
        }
    }

    /** Shows a post; {@code photo} is the carousel photo in view (the composer's selection). */
    public void show(Post newPost, BrandProfile profile, Map<String, ItemSummary> knownItems, int photo) {
        this.post = newPost;
        this.brand = profile;
        this.items = knownItems;
        this.shownPhoto = Math.max(0, Math.min(photo, newPost.images().size() - 1));
        handle.setText(profile == null ? "yourbrand" : profile.handle());
        showPhoto();
        showCaption();
        callToAction.setVisible(newPost.callToAction() != null);
        callToAction.setManaged(newPost.callToAction() != null);
        if (newPost.callToAction() != null) {
            callToAction.setText(newPost.callToAction().label());
        }
    }

    private void showPhoto() {
        dotLayer.getChildren().clear();
        carouselDots.getChildren().clear();
        sheet.hide();
        List<PostImage> photos = post.images();
        if (photos.isEmpty()) {
            photoView.setImage(null);
            photoPane.setPrefSize(WIDTH, WIDTH);
            return;
        }
        PostImage photo = photos.get(shownPhoto);
        double height = Math.min(WIDTH / photo.visibleAspect(), WIDTH * 1.25);
        photoView.setFitWidth(WIDTH);
        photoView.setFitHeight(height);
        photoPane.setPrefSize(WIDTH, height);
        photoPane.setMinHeight(height);
        photoPane.setMaxHeight(height);
        dotLayer.setPrefSize(WIDTH, height);
        images.photo(photo.imageSha256(), image -> {
            photoView.setImage(image);
            photoView.setViewport(new Rectangle2D(photo.crop().x() * image.getWidth(), photo.crop().y() * image.getHeight(),
                    photo.crop().w() * image.getWidth(), photo.crop().h() * image.getHeight()));
        });
        for (Tag tag : post.tagsOn(shownPhoto)) {
            if (!photo.crop().contains(tag.x(), tag.y())) {
                continue;
            }
            Button dot = new Button();
            dot.getStyleClass().add(FEED_SHOP_DOT);
            dot.setFocusTraversable(false);
            dot.relocate(photo.crop().viewX(tag.x()) * WIDTH - 9, photo.crop().viewY(tag.y()) * height - 9);
            ItemSummary item = items.get(tag.itemId());
            dot.setOnAction(e -> sheet.show(item, tag.itemId()));
            dotLayer.getChildren().add(dot);
        }
        for (int i = 0; photos.size() > 1 && i < photos.size(); i++) {
            Label dot = new Label();
            dot.getStyleClass().add(i == shownPhoto ? FEED_PAGE_DOT_CURRENT : FEED_PAGE_DOT);
            int target = i;
            dot.setOnMouseClicked(e -> {
                shownPhoto = target;
                showPhoto();
            });
            carouselDots.getChildren().add(dot);
        }
    }

    private void showCaption() {
        caption.getChildren().clear();
        Text name = new Text((brand == null ? "yourbrand" : brand.handle()) + " ");
        name.getStyleClass().addAll(FEED_TEXT, FEED_TEXT_BOLD);
        caption.getChildren().add(name);
        String text = post.caption();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            caption.getChildren().add(text(text.substring(last, m.start()), "feed-text"));
            caption.getChildren().add(text(m.group(1), "feed-text-link"));
            last = m.end();
        }
        caption.getChildren().add(text(text.substring(last), "feed-text"));
    }

    private static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().add(style);
        return t;
    }

    /** The product sheet that opens inside the preview when a shopping dot is tapped. */
    ProductSheet sheet() {
        return sheet;
    }
}
