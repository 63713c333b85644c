package io.vitrine.insights.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import io.vitrine.insights.EventType;

/**
 * Colours and fonts for charts on the light theme, the dark theme, and in saved files (light on white, so
 * a chart pasted into a document reads whatever the app's theme). Text contrast ≥ 4.5:1 on each background.
 */
public enum ChartTheme {
    LIGHT(new Color(0x1f2328), new Color(0x59636e), new Color(0xd1d9e0), null),
    DARK(new Color(0xe6edf3), new Color(0x9198a1), new Color(0x3d444d), null),
    FILE(new Color(0x1f2328), new Color(0x59636e), new Color(0xd1d9e0), Color.WHITE);

    private static final Map<EventType, Color> LIGHT_SERIES = Map.of(
            EventType.IMPRESSION, new Color(0x0969da), EventType.SMILE, new Color(0xbf8700),
            EventType.COMMENT, new Color(0x8250df), EventType.VOTE, new Color(0x1a7f37),
            EventType.PRODUCT_CLICK, new Color(0x0550ae), EventType.ADD_TO_CART, new Color(0xbc4c00),
            EventType.PURCHASE, new Color(0xcf222e));
    private static final Map<EventType, Color> DARK_SERIES = Map.of(
            EventType.IMPRESSION, new Color(0x4493f8), EventType.SMILE, new Color(0xd29922),
            EventType.COMMENT, new Color(0xab7df8), EventType.VOTE, new Color(0x3fb950),
            EventType.PRODUCT_CLICK, new Color(0x79c0ff), EventType.ADD_TO_CART, new Color(0xf0883e),
            EventType.PURCHASE, new Color(0xff7b72));
    private static final Color[] LIGHT_EXTRA = {new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37),
            new Color(0x8250df), new Color(0xbc4c00), new Color(0x1b7c83), new Color(0xbf3989), new Color(0x57606a)};
    private static final Color[] DARK_EXTRA = {new Color(0x4493f8), new Color(0xff7b72), new Color(0x3fb950),
            new Color(0xab7df8), new Color(0xf0883e), new Color(0x39c5cf), new Color(0xdb61a2), new Color(0xb1bac4)};

    private final Color text;
    private final Color mutedText;
    private final Color grid;
    private final Color background;

    ChartTheme(Color text, Color mutedText, Color grid, Color background) {
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
        this.background = background;
    }

    public Color text() {
        return text;
    }

    public Color mutedText() {
        return mutedText;
    }

    public Color grid() {
        return grid;
    }

    /** The chart's own background; transparent on screen (the page shows through). */
    public Color background() {
        return background == null ? new Color(0, 0, 0, 0) : background;
    }

    public Color series(EventType type) {
        return (this == DARK ? DARK_SERIES : LIGHT_SERIES).get(type);
    }

    /** The n-th colour for lines that are not an event type (overlays, currencies). */
    public Color series(int n) {
        Color[] palette = this == DARK ? DARK_EXTRA : LIGHT_EXTRA;
        return palette[Math.floorMod(n, palette.length)];
    }

    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 14);
    }

    public Font labelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
