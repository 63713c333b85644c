package io.vitrine.insights.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A small line of daily counts in a table cell, in the accent colour the theme gives its text. */
final class Sparkline extends Canvas {
    Sparkline(long[] values, Color colour) {
        super(120, 22);
        GraphicsContext g = getGraphicsContext2D();
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.beginPath();
        for (int i = 0; i < values.length; i++) {
            double x = values.length == 1 ? getWidth() / 2 : 1 + i * (getWidth() - 2) / (values.length - 1);
            double y = getHeight() - 2 - (getHeight() - 4) * values[i] / max;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
