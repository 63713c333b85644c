package io.vitrine.post.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.post.PostImage;
import io.vitrine.ui.Icons;
import io.vitrine.ui.ImageCache;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The post's photos in carousel order. Click a photo to work on it; drag it onto another place to
 * reorder (or Alt+Left/Right, or its menu); × removes it.
 */
public final class CarouselStrip extends HBox {
    static final String CAROUSEL_NUMBER = "carousel-number";
    static final String CAROUSEL_PHOTO = "carousel-photo";
    static final String CAROUSEL_REMOVE = "carousel-remove";
    static final String CAROUSEL_STRIP = "carousel-strip";
    public static final String ID = "carouselStrip";
    static final DataFormat PHOTO_POSITION = new DataFormat("application/x-vitrine-carousel-position");
    private static final double SIZE = 64;

    /** Moves a photo from one place to another. */
    public interface Move {
        void move(int from, int to);
    }

    private final ImageCache images;
    private IntConsumer onSelect = i -> { };
    private IntConsumer onRemove = i -> { };
    private Move onMove = (from, to) -> { };

    public CarouselStrip(ImageCache images) {
        super(8);
        this.images = images;
        setId(ID);
        getStyleClass().add(CAROUSEL_STRIP);
        setAlignment(Pos.CENTER_LEFT);
    }

    public void show(List<PostImage> photos, int selected, boolean editable) {
        boolean hadFocus = getChildren().stream().anyMatch(javafx.scene.Node::isFocused);
        getChildren().clear();
        for (int i = 0; i < photos.size(); i++) {
            getChildren().add(thumb(photos.get(i), i, photos.size(), i == selected, editable));
        }
        if (hadFocus && selected >= 0 && selected < getChildren().size()) {
            getChildren().get(selected).requestFocus(); // the keyboard keeps working on the photo in view
        }
    }

    private StackPane thumb(PostImage photo, int position, int count, boolean selected, boolean editable) {
        ImageView view = new ImageView();
        view.setFitWidth(SIZE);
        view.setFitHeight(SIZE);
        view.setPreserveRatio(true);
        images.thumbnail(photo.imageSha256(), view::setImage);
        Label number = new Label(Integer.toString(position + 1));
        number.getStyleClass().add(CAROUSEL_NUMBER);
        StackPane.setAlignment(number, Pos.BOTTOM_LEFT);
        StackPane cell = new StackPane(view, number);
        cell.setId("carouselPhoto" + position);
        cell.getStyleClass().add(CAROUSEL_PHOTO);
        cell.setMinSize(SIZE + 6, SIZE + 6);
        cell.setFocusTraversable(true);
        cell.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        cell.setOnMouseClicked(e -> {
            cell.requestFocus();
            onSelect.accept(position);
        });
        Tooltip.install(cell, new Tooltip("Photo " + (position + 1) + " (" + photo.width() + "×" + photo.height()
                + "). Drag to reorder; Alt+←/→ moves it."));
        if (editable) {
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.setId("removePhoto" + position);
            remove.getStyleClass().addAll(Styles.FLAT, CAROUSEL_REMOVE);
            remove.setOnAction(e -> onRemove.accept(position));
            StackPane.setAlignment(remove, Pos.TOP_RIGHT);
            cell.getChildren().add(remove);
            wireReorder(cell, position, count);
        }
        return cell;
    }

    private void wireReorder(StackPane cell, int position, int count) {
        cell.setOnDragDetected(e -> {
            Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PHOTO_POSITION, position);
            board.setContent(content);
            board.setDragView(cell.snapshot(null, null));
            e.consume();
        });
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PHOTO_POSITION)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        cell.setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(PHOTO_POSITION);
            if (from instanceof Integer source) {
                onMove.move(source, position);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        cell.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT && position > 0) {
                onMove.move(position, position - 1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT && position < count - 1) {
                onMove.move(position, position + 1);
            } else if (e.getCode() == KeyCode.DELETE) {
                onRemove.accept(position);
            }
        });
        MenuItem first = new MenuItem("Make it the first photo");
        first.setOnAction(e -> onMove.move(position, 0));
        MenuItem left = new MenuItem("Move left");
        left.setOnAction(e -> onMove.move(position, Math.max(0, position - 1)));
        MenuItem right = new MenuItem("Move right");
        right.setOnAction(e -> onMove.move(position, Math.min(count - 1, position + 1)));
        MenuItem remove = new MenuItem("Remove photo");
        remove.setOnAction(e -> onRemove.accept(position));
        ContextMenu menu = new ContextMenu(first, left, right, remove);
        cell.setOnContextMenuRequested(e -> menu.show(cell, e.getScreenX(), e.getScreenY()));
    }

    public void setOnSelect(IntConsumer handler) {
        this.onSelect = handler;
    }

    public void setOnRemove(IntConsumer handler) {
        this.onRemove = handler;
    }

    public void setOnMove(Move handler) {
        this.onMove = handler;
    }
}
