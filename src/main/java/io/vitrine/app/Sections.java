package io.vitrine.app;

import io.vitrine.catalog.ui.CatalogView;
import io.vitrine.insights.ui.InsightsView;
import io.vitrine.poll.ui.PollsView;
import io.vitrine.report.ui.ReportsView;
import io.vitrine.sync.ui.SyncView;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;

/**
 * Builds each section's screen for an open workspace: a feature plugs its screen in here.
 */
final class Sections {
    private Sections() {
    }

    static SectionView create(Section section, StudioContext context) {
        return switch (section) {
            case CATALOG -> new CatalogView(context);
            case POSTS -> new io.vitrine.post.ui.PostsView(context);
            case POLLS -> new PollsView(context);
            case CALENDAR -> new io.vitrine.calendar.ui.CalendarView(context);
            case INSIGHTS -> new InsightsView(context);
            case REPORTS -> new ReportsView(context);
            case SYNC -> new SyncView(context);
        };
    }
}
