package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.ConversationStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The conversations' tiles: questions answered, time to the first answer (median, 90th percentile), revenue from
 * answered and unanswered threads, replies sent from the studio, what keyword automations did.
 */
final class ConversationTiles {
    private ConversationTiles() {
    }

    static List<Node> of(ConversationStats c) {
        List<Node> tiles = new ArrayList<>();
        tiles.add(tile("kpi-answered", "Questions answered", Formats.percent(c.answeredRate()) + " of " + Formats.count(c.questions()),
                "Questions started in this period that the brand answered (by hand or by an automation)."));
        tiles.add(tile("kpi-response-median", "First answer, median", wait(c.medianResponseSeconds()),
                "Half the answered questions got their first answer within this."));
        tiles.add(tile("kpi-response-p90", "90% answered within", wait(c.p90ResponseSeconds()),
                "Nine answered questions in ten got their first answer within this."));
        if (c.revenueCurrency() != null) {
            tiles.add(tile("kpi-revenue-answered", "Revenue, answered threads",
                    Formats.money(c.revenueAnsweredMicros(), c.revenueCurrency()),
                    "Purchases by people whose comment thread was answered (" + c.revenueCurrency() + ")."));
            tiles.add(tile("kpi-revenue-unanswered", "Revenue, unanswered threads",
                    Formats.money(c.revenueUnansweredMicros(), c.revenueCurrency()),
                    "Purchases by people whose comment thread went unanswered (" + c.revenueCurrency() + ")."));
        }
        tiles.add(tile("kpi-replies", "Replies sent", Formats.count(c.repliesSent()),
                "Replies written in the studio that reached the platform; " + Formats.count(c.draftsUsed())
                        + " started from the answer assistant's draft."));
        tiles.add(tile("kpi-automation-carts", "Automation carts", Formats.count(c.automationCarts()),
                "Carts filled by a keyword automation."));
        tiles.add(tile("kpi-automation-purchases", "Purchases after automations", Formats.count(c.automationPurchases()),
                "Purchases that followed an automation's cart or its answer."));
        return tiles;
    }

    private static String wait(Long seconds) {
        return seconds == null ? "–" : Formats.duration(Duration.ofSeconds(seconds));
    }

    private static Node tile(String id, String label, String value, String definition) {
        Label number = new Label(value);
        number.getStyleClass().add("kpi-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("kpi-label");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("kpi-tile");
        tile.setId(id);
        Tooltip tip = new Tooltip(definition);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(tile, tip);
        return tile;
    }
}
