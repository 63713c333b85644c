package io.vitrine.demo;

import io.vitrine.workspace.Workspace;
import java.time.Instant;

/** The demo brand: Maison Lumière, home &amp; lifestyle, and its two campaigns. */
final class DemoBrand {
    static final String NAME = "Maison Lumière";
    static final String HANDLE = "maisonlumiere";

    private DemoBrand() {
    }

    static long create(Workspace workspace, Instant anchor) {
        return workspace.database().write(sql -> {
            long brand = DemoRepository.insertBrand(sql, NAME, HANDLE, "Europe/Paris", anchor.minusSeconds(90L * 86_400));
            String today = anchor.toString().substring(0, 10);
            DemoRepository.insertCampaign(sql, "Autumn Nest", anchor.minusSeconds(30L * 86_400).toString().substring(0, 10),
                    anchor.plusSeconds(20L * 86_400).toString().substring(0, 10),
                    "Launch the autumn textile line; 2,000 add-to-carts", "€12k paid boost, split across posts",
                    anchor.minusSeconds(35L * 86_400));
            DemoRepository.insertCampaign(sql, "Lumière Lights", today, anchor.plusSeconds(45L * 86_400).toString().substring(0, 10),
                    "Pick the next lamp colourway with the audience", "Organic only", anchor.minusSeconds(7L * 86_400));
            return brand;
        });
    }
}
