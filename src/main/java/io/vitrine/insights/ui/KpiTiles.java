package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Money;
import io.vitrine.insights.Summary;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The headline tiles: each figure, its change against the previous period (arrow and %), and what it counts. */
final class KpiTiles {
    private static final String[] DEFINITIONS = {
        "Times a post or poll was shown to someone.", "Smiles (likes) on posts and polls.", "Comments on posts and polls.",
        "Votes cast in polls.", "Taps on a product pinned on a post (or on a poll's product option).",
        "Products added to a cart after a tap.", "Orders of a product after a tap."};

    private KpiTiles() {
    }

    static List<Node> of(Summary summary) {
        List<Node> tiles = new ArrayList<>();
        String versus = summary.previousPeriod() == null ? "No earlier period to compare with (all time)."
                : "Compared with " + summary.previousPeriod().from() + " to " + summary.previousPeriod().to() + ".";
        for (EventType type : EventType.values()) {
            tiles.add(tile("kpi-" + type.code(), type.plural(), Formats.count(summary.totals().count(type)),
                    summary.change(type), DEFINITIONS[type.ordinal()] + "\n" + versus));
        }
        Double ctr = summary.totals().clickThrough();
        tiles.add(tile("kpi-click-through", "Click-through", ctr == null ? "–" : Formats.percent(ctr), summary.clickThroughChange(),
                "Product clicks on posts divided by post impressions (poll impressions are not counted).\n" + versus));
        if (summary.totals().revenue().isEmpty()) {
            tiles.add(tile("kpi-revenue", "Revenue", "–", null, "Purchases' amounts, per currency.\n" + versus));
        }
        for (Money revenue : summary.totals().revenue()) {
            tiles.add(tile("kpi-revenue", "Revenue (" + revenue.currency() + ")", revenue.display(),
                    summary.revenueChange(revenue.currency()),
                    "Purchases' amounts in " + revenue.currency() + "; other currencies have their own tile.\n" + versus));
        }
        return tiles;
    }

    private static Node tile(String id, String label, String value, Double change, String definition) {
        Label number = new Label(value);
        number.getStyleClass().add("kpi-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("kpi-label");
        Label delta = new Label(change == null ? "–" : (change >= 0 ? "▲ " : "▼ ") + Formats.percent(Math.abs(change)));
        delta.getStyleClass().addAll("kpi-change", change == null ? "kpi-flat" : change >= 0 ? "kpi-up" : "kpi-down");
        VBox tile = new VBox(2, number, caption, delta);
        tile.getStyleClass().add("kpi-tile");
        tile.setId(id);
        Tooltip tip = new Tooltip(definition);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(tile, tip);
        return tile;
    }
}
