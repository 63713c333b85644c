package io.vitrine.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Impressions → engagements (smiles, comments and votes) → product clicks → add-to-carts → purchases,
 * each with the share of the step before.
 */
public record Funnel(List<FunnelStep> steps) {

    static Funnel of(EventCounts events) {
        long[] counts = {events.get(EventType.IMPRESSION),
                events.get(EventType.SMILE) + events.get(EventType.COMMENT) + events.get(EventType.VOTE),
                events.get(EventType.PRODUCT_CLICK), events.get(EventType.ADD_TO_CART), events.get(EventType.PURCHASE)};
        String[] names = {"impressions", "engagements", "product_clicks", "add_to_carts", "purchases"};
        String[] labels = {"Impressions", "Engagements", "Product clicks", "Add-to-carts", "Purchases"};
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Double rate = i == 0 || counts[i - 1] == 0 ? null : (double) counts[i] / counts[i - 1];
            steps.add(new FunnelStep(names[i], labels[i], counts[i], rate));
        }
        return new Funnel(List.copyOf(steps));
    }
}
