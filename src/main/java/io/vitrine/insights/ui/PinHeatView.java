package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.PinHeat;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A post's photo with each pin where it was placed (on the uncropped photo), sized and tinted by the clicks
 * its product drew: the busiest pin is the largest and most opaque. Each pin says its product and clicks.
 */
final class PinHeatView extends StackPane {
    private static final double SIZE = 360;
    private final ImageView photo = new ImageView();
    private final Pane pins = new Pane();

    PinHeatView() {
        setId("pinHeat");
        photo.setPreserveRatio(true);
        photo.setFitWidth(SIZE);
        photo.setFitHeight(SIZE);
        pins.setPickOnBounds(false);
        getChildren().setAll(photo, pins);
        setMaxSize(SIZE, SIZE);
    }

    /** The photo (null: pins on an empty square) and its pins. */
    void show(Image image, List<PinHeat> heat) {
        photo.setImage(image);
        double width = image == null ? SIZE : Math.min(SIZE, SIZE * image.getWidth() / Math.max(image.getWidth(), image.getHeight()));
        double height = image == null ? SIZE : Math.min(SIZE, SIZE * image.getHeight() / Math.max(image.getWidth(), image.getHeight()));
        pins.setPrefSize(width, height);
        pins.setMaxSize(width, height);
        pins.getChildren().clear();
        for (PinHeat pin : heat) {
            double radius = 7 + 15 * pin.heat();
            Circle dot = new Circle(pin.x() * width, pin.y() * height, radius,
                    Color.rgb(255, 92, 0, 0.35 + 0.5 * pin.heat()));
            dot.setStroke(Color.WHITE);
            dot.setStrokeWidth(2);
            dot.getStyleClass().add("pin-heat");
            Label count = new Label(Formats.count(pin.clicks()));
            count.getStyleClass().add("pin-heat-count");
            count.setLayoutX(pin.x() * width + radius + 2);
            count.setLayoutY(pin.y() * height - 9);
            Tooltip.install(dot, new Tooltip((pin.title() == null ? pin.itemId() : pin.title()) + ": "
                    + Formats.count(pin.clicks()) + " product clicks from this post"));
            pins.getChildren().addAll(dot, count);
        }
    }

    /** Pins of one photo of the carousel. */
    static List<PinHeat> onPhoto(List<PinHeat> all, int position) {
        return all.stream().filter(p -> p.imagePosition() == position).toList();
    }
}
