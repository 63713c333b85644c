package io.vitrine.post.ui;

import io.vitrine.post.AspectRatio;
import io.vitrine.post.Crop;
import io.vitrine.post.PostImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The photo as it will be cropped, with the product pins on it. Click the photo to drop a pin; drag a
 * pin to move it, or focus it and use the arrow keys (Shift for bigger steps); Delete removes it. When
 * the photo is cropped, dragging the photo moves the crop. Coordinates handed out are fractions of the
 * uncropped photo, so they do not depend on the crop or on the size of the window.
 */
public final class TagPinCanvas extends Region {
    static final String TAG_PIN_CANVAS = "tag-pin-canvas";
    static final String TAG_PIN_CANVAS_HINT = "tag-pin-canvas-hint";
    static final String TAG_PIN_PENDING = "tag-pin-pending";
    public static final String ID = "tagCanvas";
    static final double NUDGE = 0.01;
    static final double BIG_NUDGE = 0.05;
    private static final double CLICK_SLOP = 4;
    private static final double MAX_PHOTO_HEIGHT = 520;

    /** What a pin shows. {@code x,y} are fractions of the uncropped photo. */
    public record PinData(double x, double y, String title, String detail, boolean warning) {
    }

    /** Receives a pin's new place while it is dragged; {@code gesture} is the same for one drag. */
    public interface PinMoved {
        void moved(int index, double x, double y, long gesture);
    }

    /** Receives a click on the photo, or a crop pan, in fractions of the uncropped photo. */
    public interface PhotoPoint {
        void at(double x, double y);
    }

    private final ImageView imageView = new ImageView();
    private final Rectangle clip = new Rectangle();
    private final Label hint = new Label("Add a photo: drop files here, paste, or use Add photos.");
    private final Circle pendingMarker = new Circle(11);
    private final List<TagPin> pinNodes = new ArrayList<>();
    private List<PinData> pins = List.of();
    private PostImage photo;
    private double pendingX = -1;
    private double pendingY = -1;
    private int selected = -1;
    private Rectangle2D shown = Rectangle2D.EMPTY;

    private PhotoPoint onPhotoClicked = (x, y) -> { };
    private PhotoPoint onCropPanned = (dx, dy) -> { };
    private PinMoved onPinMoved = (i, x, y, g) -> { };
    private IntConsumer onPinSelected = i -> { };
    private IntConsumer onPinDeleted = i -> { };
    private PinMoved onPinNudged = (i, dx, dy, g) -> { };
    private Runnable onGestureEnd = () -> { };

    private Point2D pressedAt;
    private boolean dragging;
    private long gesture;

    public TagPinCanvas() {
        setId(ID);
        getStyleClass().add(TAG_PIN_CANVAS);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        imageView.setClip(clip);
        hint.getStyleClass().add(TAG_PIN_CANVAS_HINT);
        hint.setWrapText(true);
        pendingMarker.getStyleClass().add(TAG_PIN_PENDING);
        pendingMarker.setVisible(false);
        pendingMarker.setMouseTransparent(true);
        getChildren().addAll(imageView, hint, pendingMarker);
        imageView.addEventHandler(MouseEvent.MOUSE_PRESSED, this::photoPressed);
        imageView.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::photoDragged);
        imageView.addEventHandler(MouseEvent.MOUSE_RELEASED, this::photoReleased);
        setMinHeight(160);
    }

    // ------------------------------------------------------------------ content

    public void setPhoto(Image image, PostImage photoInfo) {
        imageView.setImage(image);
        this.photo = photoInfo;
        hint.setVisible(photoInfo == null);
        imageView.setVisible(photoInfo != null);
        requestLayout();
    }

    /** The picture shown now (null before the first photo arrived). */
    public Image image() {
        return imageView.getImage();
    }

    /** The pins of the current photo (index = place in the post's tag list) and which one is selected. */
    public void setPins(List<Integer> indexes, List<PinData> data, int selectedIndex) {
        this.pins = List.copyOf(data);
        this.selected = selectedIndex;
        boolean same = pinNodes.size() == indexes.size();
        for (int i = 0; same && i < indexes.size(); i++) {
            same = pinNodes.get(i).index() == indexes.get(i);
        }
        if (!same) { // new pin nodes only when pins came or went: a focused or dragged pin keeps its node
            Integer focused = pinNodes.stream().filter(javafx.scene.Node::isFocused).map(TagPin::index).findFirst().orElse(null);
            getChildren().removeAll(pinNodes);
            pinNodes.clear();
            for (int i = 0; i < data.size(); i++) {
                TagPin pin = new TagPin(indexes.get(i));
                wirePin(pin);
                pinNodes.add(pin);
            }
            getChildren().addAll(pinNodes);
            if (focused != null) {
                focusPin(focused);
            }
        }
        for (int i = 0; i < data.size(); i++) {
            pinNodes.get(i).show(data.get(i), indexes.get(i) == selectedIndex);
        }
        requestLayout();
    }

    /** Shows where a pin waits for its product (null to hide). */
    public void setPending(Double x, Double y) {
        pendingX = x == null ? -1 : x;
        pendingY = y == null ? -1 : y;
        pendingMarker.setVisible(x != null);
        requestLayout();
    }

    /** Focuses the pin with the given tag index, for keyboard work after selecting it. */
    public void focusPin(int tagIndex) {
        pinNodes.stream().filter(p -> p.index() == tagIndex).findFirst().ifPresent(TagPin::requestFocus);
    }

    /** Where (in this canvas) the photo fractions x,y are drawn; for tests and tooltips. */
    public Point2D pointOf(double x, double y) {
        Crop crop = photo == null ? Crop.FULL : photo.crop();
        return new Point2D(shown.getMinX() + crop.viewX(x) * shown.getWidth(), shown.getMinY() + crop.viewY(y) * shown.getHeight());
    }

    // ------------------------------------------------------------------ layout

    @Override
    protected double computePrefHeight(double width) {
        if (photo == null) {
            return 200;
        }
        double w = width > 0 ? width : 520;
        return Math.min(MAX_PHOTO_HEIGHT, w / photo.visibleAspect()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double availW = getWidth() - left - snappedRightInset();
        double availH = getHeight() - top - snappedBottomInset();
        hint.resizeRelocate(left + 16, top + 16, Math.max(0, availW - 32), Math.max(0, availH - 32));
        if (photo == null || imageView.getImage() == null) {
            shown = new Rectangle2D(left, top, Math.max(1, availW), Math.max(1, availH));
            pinNodes.forEach(p -> p.setVisible(false));
            return;
        }
        double aspect = photo.visibleAspect();
        double w = availW;
        double h = w / aspect;
        if (h > availH) {
            h = availH;
            w = h * aspect;
        }
        double x = left + (availW - w) / 2;
        shown = new Rectangle2D(x, top, Math.max(1, w), Math.max(1, h));
        Image image = imageView.getImage();
        Crop crop = photo.crop();
        imageView.setViewport(new Rectangle2D(crop.x() * image.getWidth(), crop.y() * image.getHeight(),
                crop.w() * image.getWidth(), crop.h() * image.getHeight()));
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        imageView.relocate(x, top);
        clip.setWidth(w);
        clip.setHeight(h);
        placePins(x, w, crop);
        if (pendingX >= 0) {
            Point2D at = pointOf(pendingX, pendingY);
            pendingMarker.setCenterX(at.getX());
            pendingMarker.setCenterY(at.getY());
        }
    }

    /**
     * Each pin's label goes where it covers no other label and no other pin's dot (a covered dot could not be
     * clicked): its usual side, else the other side if the label fits on the photo there, else it shows only
     * its dot (its number is in the tag list below, and its tooltip names the product). The selected pin is
     * placed first, so the others make way for its label, and drawn on top.
     */
    private void placePins(double x, double w, Crop crop) {
        List<Rectangle2D> dots = new ArrayList<>();
        for (PinData data : pins) {
            Point2D at = pointOf(data.x(), data.y());
            dots.add(new Rectangle2D(at.getX() - TagPin.DOT / 2, at.getY() - TagPin.DOT / 2, TagPin.DOT, TagPin.DOT));
        }
        List<Rectangle2D> labels = new ArrayList<>();
        List<Integer> order = new ArrayList<>(); // the selected pin first: the others make way for it
        for (int i = 0; i < pinNodes.size(); i++) {
            order.add(pinNodes.get(i).index() == selected ? 0 : order.size(), i);
        }
        for (int i : order) {
            TagPin pin = pinNodes.get(i);
            PinData data = pins.get(i);
            Point2D at = pointOf(data.x(), data.y());
            boolean visible = crop.contains(data.x(), data.y());
            pin.setVisible(visible);
            TagPin.Side usual = pin.fitLabel(at.getX() - x, x + w - at.getX(), TagPin.Side.AUTO);
            pin.autosize();
            boolean chosen = pin.index() == selected;
            if (visible && covers(pin.labelArea(at.getX(), at.getY()), i, dots, labels)) {
                pin.fitLabel(at.getX() - x, x + w - at.getX(), usual == TagPin.Side.LEFT ? TagPin.Side.RIGHT : TagPin.Side.LEFT);
                pin.autosize();
                Rectangle2D other = pin.labelArea(at.getX(), at.getY());
                boolean onPhoto = other.getMinX() >= x - 1 && other.getMaxX() <= x + w + 1;
                if (!onPhoto || covers(other, i, dots, labels)) {
                    pin.hideLabel();
                    pin.autosize();
                }
            }
            if (visible) {
                labels.add(pin.labelArea(at.getX(), at.getY()));
            }
            pin.setViewOrder(chosen ? -1 : 0);
            pin.relocate(at.getX() - pin.dotCentre(), at.getY() - pin.getHeight() / 2);
        }
    }

    private static boolean covers(Rectangle2D label, int own, List<Rectangle2D> dots, List<Rectangle2D> labels) {
        for (int i = 0; i < dots.size(); i++) {
            if (i != own && label.intersects(dots.get(i))) {
                return true;
            }
        }
        return labels.stream().anyMatch(label::intersects);
    }

    // ------------------------------------------------------------------ mouse and keys

    private void photoPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            pressedAt = new Point2D(e.getX(), e.getY());
            dragging = false;
            gesture = System.nanoTime();
        }
    }

    private void photoDragged(MouseEvent e) {
        if (pressedAt == null || photo == null) {
            return;
        }
        if (!dragging && pressedAt.distance(e.getX(), e.getY()) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        if (photo.aspect() != AspectRatio.ORIGINAL) {
            double dx = -(e.getX() - pressedAt.getX()) / shown.getWidth() * photo.crop().w();
            double dy = -(e.getY() - pressedAt.getY()) / shown.getHeight() * photo.crop().h();
            pressedAt = new Point2D(e.getX(), e.getY());
            onCropPanned.at(dx, dy);
        }
    }

    private void photoReleased(MouseEvent e) {
        if (pressedAt == null || photo == null) {
            return;
        }
        if (dragging) {
            onGestureEnd.run();
        } else {
            Point2D local = imageView.localToParent(e.getX(), e.getY());
            double vx = (local.getX() - shown.getMinX()) / shown.getWidth();
            double vy = (local.getY() - shown.getMinY()) / shown.getHeight();
            onPhotoClicked.at(photo.crop().photoX(vx), photo.crop().photoY(vy));
        }
        pressedAt = null;
        dragging = false;
    }

    private void wirePin(TagPin pin) {
        long[] drag = {0};
        pin.setOnMousePressed(e -> {
            drag[0] = System.nanoTime();
            onPinSelected.accept(pin.index());
            pin.requestFocus();
            e.consume();
        });
        pin.setOnMouseDragged(e -> {
            Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
            double vx = (local.getX() - shown.getMinX()) / shown.getWidth();
            double vy = (local.getY() - shown.getMinY()) / shown.getHeight();
            onPinMoved.moved(pin.index(), photo.crop().photoX(vx), photo.crop().photoY(vy), drag[0]);
            e.consume();
        });
        pin.setOnMouseReleased(e -> {
            onGestureEnd.run();
            e.consume();
        });
        pin.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            double step = e.isShiftDown() ? BIG_NUDGE : NUDGE;
            KeyCode code = e.getCode();
            if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN) {
                double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
                double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
                onPinNudged.moved(pin.index(), dx, dy, 0);
                e.consume();
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                onPinDeleted.accept(pin.index());
                e.consume();
            }
        });
        pin.focusedProperty().addListener((obs, was, now) -> {
            if (now && selected != pin.index()) {
                onPinSelected.accept(pin.index());
            }
        });
    }

    // ------------------------------------------------------------------ callbacks

    public void setOnPhotoClicked(PhotoPoint handler) {
        this.onPhotoClicked = handler;
    }

    public void setOnCropPanned(PhotoPoint handler) {
        this.onCropPanned = handler;
    }

    public void setOnPinMoved(PinMoved handler) {
        this.onPinMoved = handler;
    }

    /** Arrow keys: receives the step (dx, dy) as fractions of the photo. */
    public void setOnPinNudged(PinMoved handler) {
        this.onPinNudged = handler;
    }

    public void setOnPinSelected(IntConsumer handler) {
        this.onPinSelected = handler;
    }

    public void setOnPinDeleted(IntConsumer handler) {
        this.onPinDeleted = handler;
    }

    /** A drag (of a pin or of the crop) ended: one undo step. */
    public void setOnGestureEnd(Runnable handler) {
        this.onGestureEnd = handler;
    }
}
