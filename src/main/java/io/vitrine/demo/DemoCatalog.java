package io.vitrine.demo;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The demo's catalog: Maison Lumière's bundled Merchant Center feed (about 200 lamps, textiles, ceramics
 * and candles, variant groups by colour and size, some out of stock, a few on sale, EUR, each with a
 * picture bundled alongside), imported the way a user would import theirs. Ids look like
 * ML-LUNE-TL-SAGE (item) and ML-LUNE-TL (variant group).
 */
final class DemoCatalog implements DemoStep {
    static final String FEED = "demo/maison-lumiere.xml";
    static final String SOURCE = "Maison Lumière feed";

    @Override
    public void fill(DemoContext context) {
        Clock demoTime = Clock.fixed(context.anchor().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        ImportReport report = CatalogFeature.of(context.workspace().database(), new EventBus(), demoTime).imports()
                .importFeed(FeedSource.bundled(FEED), ImportRequest.auto().withSourceName(SOURCE), Progress.NONE);
        if (report.rejected() > 0 || report.imported() == 0) {
            throw new VitrineException("The demo catalog did not import cleanly: " + report.summary(), "This is a bug; please report it.");
        }
    }
}
