package io.vitrine.insights.ui;

import io.vitrine.insights.chart.ChartFiles;
import io.vitrine.insights.chart.ChartTheme;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.StudioContext;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.Zoomable;

/**
 * One chart with what people do to it: hover for a tooltip, drag to zoom, Shift+drag to pan, Ctrl+wheel to
 * zoom (the plain wheel scrolls the page, never the chart), Reset, and save as PNG or SVG (drawn in the
 * background from a copy in the file theme). The chart is drawn in the app's light or dark theme and redrawn
 * when that changes.
 */
final class ChartPane extends VBox {
    private final StudioContext context;
    private final String name;
    private final ChartViewer viewer = new ChartViewer(null, false);
    private Function<ChartTheme, JFreeChart> drawing;

    ChartPane(StudioContext context, String name, double height) {
        this.context = context;
        this.name = name;
        getStyleClass().add("chart-pane");
        setId(name + "-chart");
        viewer.setPrefHeight(height);
        viewer.setMinHeight(height);
        viewer.getCanvas().removeAuxiliaryMouseHandler(viewer.getCanvas().getMouseHandler("scroll"));
        viewer.getCanvas().removeMouseHandler(viewer.getCanvas().getMouseHandler("pan"));
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan", false, false, false, true));
        viewer.addEventFilter(ScrollEvent.SCROLL, this::zoomWithCtrl);
        Button reset = button("Reset", "Show the whole chart again after zooming or panning", e -> reset());
        Button png = button("PNG…", "Save this chart as a picture", e -> save("png"));
        Button svg = button("SVG…", "Save this chart as a drawing that scales (slides, print)", e -> save("svg"));
        reset.setId(name + "-reset");
        png.setId(name + "-png");
        svg.setId(name + "-svg");
        Label hint = new Label("Drag to zoom · Shift+drag to pan · Ctrl+wheel zooms");
        hint.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(6, hint, gap, reset, png, svg);
        tools.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(viewer, tools);
        setSpacing(4);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> redraw());
                redraw();
            }
        });
    }

    /** Shows a chart; {@code drawing} makes it in a theme (the screen's, or the file theme when saving). */
    void show(Function<ChartTheme, JFreeChart> drawing) {
        this.drawing = drawing;
        redraw();
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    private void redraw() {
        if (drawing != null) {
            viewer.setChart(drawing.apply(theme()));
        }
    }

    private ChartTheme theme() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("theme-dark") ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    private void zoomWithCtrl(ScrollEvent e) {
        JFreeChart chart = viewer.getChart();
        if (!e.isShortcutDown() || chart == null || !(chart.getPlot() instanceof Zoomable zoomable)
                || viewer.getRenderingInfo() == null) {
            return; // bubbles up: the page scrolls
        }
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        Point2D at = new Point2D.Double(e.getX(), e.getY());
        var plotInfo = viewer.getRenderingInfo().getPlotInfo();
        if (zoomable.isDomainZoomable()) {
            zoomable.zoomDomainAxes(factor, plotInfo, at, true);
        }
        if (zoomable.isRangeZoomable()) {
            zoomable.zoomRangeAxes(factor, plotInfo, at, true);
        }
        e.consume();
    }

    void reset() {
        JFreeChart chart = viewer.getChart();
        Plot plot = chart == null ? null : chart.getPlot();
        if (plot instanceof XYPlot xy) {
            xy.getDomainAxis().setAutoRange(true);
            xy.getRangeAxis().setAutoRange(true);
        } else if (plot instanceof CategoryPlot category) {
            category.getRangeAxis().setAutoRange(true);
        }
    }

    private void save(String extension) {
        if (drawing == null) {
            return;
        }
        JFreeChart copy = drawing.apply(ChartTheme.FILE); // a chart of its own: the screen may redraw this one meanwhile
        context.dialogs().chooseFileToSave("Save Chart", name + "." + extension,
                        List.of(extension.equals("png") ? FileType.of("PNG image", "*.png") : FileType.of("SVG drawing", "*.svg")))
                .ifPresent(file -> context.tasks().submit("Saving " + file.getFileName(),
                        progress -> ChartFiles.write(copy, file, ChartFiles.DEFAULT_SIZE),
                        saved -> context.status().notify("Saved chart to " + saved)));
    }

    private static Button button(String text, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(action);
        return button;
    }
}
