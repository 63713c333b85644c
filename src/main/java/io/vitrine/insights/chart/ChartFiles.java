package io.vitrine.insights.chart;

import io.vitrine.common.VitrineException;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Saves a chart as PNG or SVG (by the file's extension), without a screen: JFreeChart draws with Java2D,
 * so the CLI exports on a headless server and the app saves exactly what the CLI would.
 */
public final class ChartFiles {
    public static final Dimension DEFAULT_SIZE = new Dimension(1200, 675);

    private ChartFiles() {
    }

    /** "1600x900" → 1600 × 900; 100–8000 pixels each way. */
    public static Dimension size(String text) {
        String[] parts = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("x");
        try {
            Dimension size = new Dimension(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            if (parts.length == 2 && size.width >= 100 && size.height >= 100 && size.width <= 8000 && size.height <= 8000) {
                return size;
            }
        } catch (RuntimeException notASize) {
            // fall through to the message below
        }
        throw new VitrineException("“" + text + "” is not a chart size.", "Give width x height in pixels, e.g. --size 1600x900 (100 to 8000 each).");
    }

    public static Path write(JFreeChart chart, Path file, Dimension size) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new VitrineException("Charts are saved as .png or .svg, not “" + file.getFileName() + "”.",
                    "End the file name with .png (a picture) or .svg (a drawing that scales).");
        }
        try {
            if (name.endsWith(".svg")) {
                SVGGraphics2D g2 = new SVGGraphics2D(size.width, size.height);
                chart.draw(g2, new Rectangle(size));
                Files.writeString(file, g2.getSVGDocument(), StandardCharsets.UTF_8);
            } else {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, size.width, size.height);
            }
            return file;
        } catch (IOException e) {
            throw new VitrineException("Could not save the chart to " + file + ".",
                    "Check that the folder exists and is writable, and that the disk has space.", e);
        }
    }
}
